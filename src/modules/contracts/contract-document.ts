import { formatDate, formatPersonName, type Locale, type Translate } from '../../platform/i18n.js';
import { mandatoryContractContent } from '../volunteer-law/contract-requirement.js';
import type { ContractSnapshot } from './snapshot.js';

/**
 * The text of a volunteer contract, block by block, for the PDF and the template preview alike:
 * title, parties, the organization's introduction, the Köt. 6. § (1) a)–d) section (always from
 * the contract's own fields, never from the template), the term, duties, closing, place and date,
 * and the signature lines (the legal representative's for a minor, HUNGARY.md §1.6).
 */
export type ContractContent = {
  activity: string;
  place: string;
  timeAndRest: string;
  benefits: string;
  benefitsOnEnd: string;
  startsOn: string;
  endsOn: string | null;
};

export type Signed = { signedOn: string; volunteerSignatory: string | null; organizationSignatory: string | null; guardianSignatory: string | null };

export type ContractDocument = {
  title: string;
  parties: string;
  intro: string;
  requiredTitle: string;
  required: { item: string; label: string; section: string; text: string }[];
  term: string;
  signingNote: string | null;
  duties: string;
  closing: string;
  dated: string;
  signatures: { role: string; name: string | null }[];
};

/** "2026. 11. 24." for a stored day "2026-11-24" (noon UTC is the same day in Budapest). */
export function dayText(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

export function contractDocument(t: Translate, locale: Locale, s: ContractSnapshot, c: ContractContent, signed: Signed | null): ContractDocument {
  const o = s.organization;
  const orgDetails = [t('contracts.doc.seat', { seat: o.seat })];
  if (o.taxNumber) orgDetails.push(t('contracts.doc.taxNumber', { taxNumber: o.taxNumber }));
  if (o.kotRegistrationNumber) orgDetails.push(t('contracts.doc.kotNumber', { number: o.kotRegistrationNumber }));
  const volunteerName = formatPersonName(s.volunteer.familyName, s.volunteer.givenName);
  const volunteerDetails = s.volunteer.birthDate ? t('contracts.doc.birthDate', { date: dayText(locale, s.volunteer.birthDate) }) : '';
  const guardianName = { name: s.guardian?.name ?? '……………………' };
  const guardianPart = !s.guardian
    ? ''
    : t(s.signing === 'representative_for_child' ? 'contracts.doc.guardianChild' : 'contracts.doc.guardianConsent', guardianName);
  const text: Record<(typeof mandatoryContractContent)[number]['code'], string> = {
    activity: c.activity,
    place: c.place,
    time_and_rest: c.timeAndRest,
    benefits: t('contracts.doc.benefitsText', { benefits: c.benefits, onEnd: c.benefitsOnEnd }),
  };
  const term = c.endsOn
    ? t('contracts.doc.termFixed', { from: dayText(locale, c.startsOn), to: dayText(locale, c.endsOn) })
    : t('contracts.doc.termIndefinite', { from: dayText(locale, c.startsOn) });
  const signatures: ContractDocument['signatures'] = [
    { role: t('contracts.doc.signOrganization', { name: o.name }), name: signed?.organizationSignatory ?? null },
    {
      role: t(s.signing === 'representative_for_child' ? 'contracts.doc.signVolunteerChild' : 'contracts.doc.signVolunteer'),
      name: signed?.volunteerSignatory ?? null,
    },
  ];
  if (s.guardian) signatures.push({ role: t('contracts.doc.signGuardian'), name: signed?.guardianSignatory ?? s.guardian.name });
  return {
    title: t('contracts.doc.title'),
    parties: t('contracts.doc.parties', {
      organization: o.name,
      organizationDetails: orgDetails.join('; '),
      volunteer: volunteerName,
      volunteerDetails: volunteerDetails ? ` (${volunteerDetails})` : '',
      guardian: guardianPart,
    }),
    intro: s.template.introText,
    requiredTitle: t('contracts.doc.requiredTitle'),
    required: mandatoryContractContent.map((m, i) => ({
      item: `${i + 1}.`,
      label: t(`contracts.doc.item.${m.code}`),
      section: m.section,
      text: text[m.code],
    })),
    term,
    signingNote: s.signing === 'adult' ? null : t(s.signing === 'representative_for_child' ? 'contracts.doc.noteChild' : 'contracts.doc.noteMinor'),
    duties: s.template.dutiesText,
    closing: s.template.closingText,
    dated: signed
      ? t('contracts.doc.datedSigned', { seat: o.settlement ?? o.seat, date: dayText(locale, signed.signedOn) })
      : t('contracts.doc.dated', { seat: o.settlement ?? o.seat }),
    signatures,
  };
}
