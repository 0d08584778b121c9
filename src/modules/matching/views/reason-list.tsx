import { isMessageKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { reasonParams } from '../../volunteer-law/eligibility-text.js';
import type { Reason } from '../types.js';
import { termName, type Vocabulary } from '../vocabulary.js';

/** "wed-morning" → "szerda délelőtt". */
function useSlotName(): (slot: string) => string {
  const { t } = usePage();
  return (slot) => {
    const [day, part] = slot.split('-');
    const dayKey = `matching.day.${day}`;
    const partKey = `matching.part.${part}`;
    // Slots come from stored profiles: an unknown one is shown as stored rather than as a key.
    return isMessageKey(dayKey) && isMessageKey(partKey) ? `${t(dayKey)} ${t(partKey)}` : slot;
  };
}

/** One reason in words, e.g. "3 km" or "közös: környezetvédelem, angol". */
export function useReasonText(vocabulary: Vocabulary): (reason: Reason) => string {
  const { t, locale } = usePage();
  const slotName = useSlotName();
  return (reason) => {
    const terms = reason.terms?.map((term) => termName(term, locale, vocabulary, slotName)).join(', ');
    // "3,5 km" and "2026. 12. 01." in Hungarian, "3.5 km" and "1 Dec 2026" in English.
    const params = { ...reasonParams(locale, reason.params), ...(terms !== undefined ? { terms } : {}) };
    return t(`matching.reason.${reason.code}`, params);
  };
}

export function ReasonList(props: { reasons: Reason[]; vocabulary: Vocabulary; label: string; class?: string }) {
  const text = useReasonText(props.vocabulary);
  if (props.reasons.length === 0) return null;
  return (
    <ul class={props.class ?? 'reasons'} aria-label={props.label}>
      {props.reasons.map((r) => (
        <li>{text(r)}</li>
      ))}
    </ul>
  );
}
