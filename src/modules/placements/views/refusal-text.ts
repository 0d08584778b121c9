import type { Locale, Translate } from '../../../platform/i18n.js';
import { reasonParams } from '../../volunteer-law/eligibility-text.js';
import type { RefusalReason } from '../errors.js';

/**
 * One refusal reason in words: to the volunteer ("te", `placements.reason.<code>`) or to staff
 * (`matching.reason.<code>`, as on the candidates page); a Köt. 5. § weekly rule reads the same to both.
 */
export function refusalText(t: Translate, locale: Locale, reason: RefusalReason, reader: 'volunteer' | 'staff'): string {
  if (reason.code === 'minorLaw') return t(`law.minor.${reason.rule}`, reason.params);
  const params = reasonParams(locale, 'params' in reason ? reason.params : undefined);
  return reader === 'volunteer' ? t(`placements.reason.${reason.code}`, params) : t(`matching.reason.${reason.code}`, params);
}
