import { toBudapestLocal } from '../../../platform/budapest-time.js';
import type { MessageKey, Translate } from '../../../platform/i18n.js';

/** Labels of the IKSZ pages whose key depends on a stored value. */
export const areaLabel = (t: Translate, area: string) => t(`iksz.area.${area}` as MessageKey);
export const statusLabel = (t: Translate, status: string) => t(`iksz.status.${status}` as MessageKey);
export const exemptLabel = (t: Translate, reason: string) => t(`iksz.exempt.${reason}` as MessageKey);

/** "14:00–16:30" on the Budapest wall clock. */
export function timeSpan(startsAt: Date, endsAt: Date): string {
  return `${toBudapestLocal(startsAt).slice(11)}–${toBudapestLocal(endsAt).slice(11)}`;
}
