import { budapestDay, toBudapestLocal } from '../../platform/budapest-time.js';
import type { Translate } from '../../platform/i18n.js';
import { type ContractContent, dayText } from './contract-document.js';
import { contentTextMax } from './schema.js';
import type { Signing } from './signatories.js';

/** What the generate form starts from, derived from the placement's data (the organization edits it before generating). */
export type Prefill = Omit<ContractContent, 'endsOn'> & {
  /** Empty for an indefinite term, as the form's date field posts it. */
  endsOn: string;
};

export type PrefillSource = {
  opportunityTitle: string;
  opportunityDescription: string;
  opportunityKind: string;
  remote: boolean;
  address: string | null;
  settlement: string | null;
  shift: { startsAt: Date; endsAt: Date } | null;
  /** The opportunity's non-cancelled shifts, first start to last end. */
  shiftRange: { from: Date; to: Date } | null;
  ledgerBenefitTypes: readonly string[];
};

/** "09:30", Budapest time. */
const clock = (instant: Date) => toBudapestLocal(instant).slice(11);

/**
 * The term: the placement's own shift; else, for a one-off opportunity, its shifts' first and last
 * day; else (regular or ongoing work) from today, for an indefinite term.
 */
export function prefillTerm(source: Pick<PrefillSource, 'shift' | 'shiftRange' | 'opportunityKind'>, today: string): { startsOn: string; endsOn: string } {
  if (source.shift) return { startsOn: budapestDay(source.shift.startsAt), endsOn: budapestDay(source.shift.endsAt) };
  if (source.opportunityKind === 'one_off' && source.shiftRange) {
    return { startsOn: budapestDay(source.shiftRange.from), endsOn: budapestDay(source.shiftRange.to) };
  }
  return { startsOn: today, endsOn: '' };
}

/** The Köt. 6. § (1) a)–d) texts and the term, prefilled in formal Hungarian (the contract's language). */
export function prefillOf(t: Translate, source: PrefillSource, signing: Signing, today: string): Prefill {
  const term = prefillTerm(source, today);
  const activity = `${source.opportunityTitle}: ${source.opportunityDescription}`.slice(0, contentTextMax);
  const place = source.remote
    ? t('contracts.prefill.remote')
    : [source.settlement, source.address].filter(Boolean).join(', ') || t('contracts.prefill.placeAgreed');
  const time = source.shift
    ? t('contracts.prefill.timeShift', {
        date: dayText('hu', budapestDay(source.shift.startsAt)),
        from: clock(source.shift.startsAt),
        to: clock(source.shift.endsAt),
      })
    : t('contracts.prefill.timeAgreed');
  // Köt. 5. § (HUNGARY.md §1.6): under 18 no activity between 20:00 and 06:00 and at least 14 hours' rest between days.
  const rest = signing === 'adult' ? t('contracts.prefill.restAdult') : t('contracts.prefill.restMinor');
  const types = source.ledgerBenefitTypes;
  return {
    activity,
    place,
    timeAndRest: `${time} ${rest}`,
    benefits: types.length ? types.map((type) => t(`benefits.type.${type as 'travel'}`)).join(', ') : t('contracts.prefill.noBenefits'),
    benefitsOnEnd: types.length ? t('contracts.prefill.benefitsOnEnd') : t('contracts.prefill.noBenefitsOnEnd'),
    ...term,
  };
}
