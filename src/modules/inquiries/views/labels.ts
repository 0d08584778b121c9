import { isMessageKey, type Translate } from '../../../platform/i18n.js';

/** The label of a stored code (channel, asker kind, status) in the reader's language; an unknown code shows as it is. */
function labelOf(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export const channelLabel = (t: Translate, channel: string) => labelOf(t, 'inquiries.channel.', channel);
export const askerKindLabel = (t: Translate, kind: string) => labelOf(t, 'inquiries.askerKind.', kind);
export const statusLabel = (t: Translate, status: string) => labelOf(t, 'inquiries.status.', status);

/** Who asked, as one text: "Kiss Anna (Példa Egyesület)", or "Névtelen". */
export function askerText(
  t: Translate,
  row: { askerKind: string; askerName: string | null; askerOrganization: string | null; askerEmail: string | null },
): string {
  if (row.askerKind === 'anonymous') return t('inquiries.askerKind.anonymous');
  const who = row.askerName ?? row.askerEmail ?? '';
  if (row.askerOrganization) return who ? `${who} (${row.askerOrganization})` : row.askerOrganization;
  return who || t('inquiries.askerKind.person');
}
