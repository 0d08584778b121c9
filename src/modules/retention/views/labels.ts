import type { PreviewRow } from '../preview-service.js';

/** What kind of person a row is: a volunteer with a login, a walk-in without one, or a login without a profile. */
export function kindKey(r: Pick<PreviewRow, 'kind' | 'hasLogin'>) {
  if (r.kind === 'account') return 'retention.kind.account' as const;
  return r.hasLogin ? ('retention.kind.volunteer' as const) : ('retention.kind.walkIn' as const);
}

/** The row's step at the next run, or why it is skipped. */
export function stepKey(r: Pick<PreviewRow, 'category' | 'skip'>) {
  if (r.skip) return `retention.skip.${r.skip}` as const;
  return `retention.filter.${r.category}` as const;
}
