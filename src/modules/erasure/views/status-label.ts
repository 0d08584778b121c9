import type { MessageKey } from '../../../platform/i18n.js';
import type { ErasureRequestRow, ErasureStatus } from '../repo.js';

/** A request's status in words: a completed access request is "Teljesítve", a completed erasure "Törölve". */
export function statusLabelKey(request: Pick<ErasureRequestRow, 'kind' | 'status'>): MessageKey {
  if (request.kind === 'access' && request.status === 'completed') return 'erasure.status.completedAccess';
  return `erasure.status.${request.status as ErasureStatus}`;
}
