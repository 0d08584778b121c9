import { formatDate, formatPersonName, type Locale, type MessageKey, type Translate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { StudentRow } from '../students-repo.js';

/** "2026. 11. 24." from a calendar day. */
export function dayText(locale: Locale, day: string | null | undefined): string {
  return day ? formatDate(locale, new Date(`${day}T12:00:00Z`)) : '–';
}

export const exemptReasonLabel = (t: Translate, reason: string) => t(`schools.exempt.${reason}` as MessageKey);
export const trackLabel = (t: Translate, track: string) => t(`schools.track.${track}` as MessageKey);
export const areaLabel = (t: Translate, code: string) => t(`iksz.area.${code}` as MessageKey);
export const studentName = (s: Pick<StudentRow, 'familyName' | 'givenName'>) => formatPersonName(s.familyName, s.givenName);

/** The student's standing in one phrase: left, exempt (with the reason) or enrolled. */
export function studentStatus(t: Translate, locale: Locale, s: Pick<StudentRow, 'leftOn' | 'exemptReason'>): string {
  if (s.leftOn) return t('schools.student.leftOn', { day: dayText(locale, s.leftOn) });
  if (s.exemptReason) return t('schools.student.exemptAs', { reason: exemptReasonLabel(t, s.exemptReason) });
  return t('schools.student.active');
}

/** This school year's guardian agreement in one phrase. */
export function agreementStatus(t: Translate, locale: Locale, s: Pick<StudentRow, 'agreedOn' | 'agreementByGuardian' | 'exemptReason'>): string {
  if (s.agreedOn)
    return t(s.agreementByGuardian ? 'schools.guardianAgreement.online' : 'schools.guardianAgreement.paper', { day: dayText(locale, s.agreedOn) });
  return s.exemptReason ? '–' : t('schools.guardianAgreement.missing');
}

type SchoolNavProps = { schoolId: string; schoolName: string; manage: boolean };

/** The links between the school's pages above a page's heading. */
export function SchoolNav(props: SchoolNavProps) {
  return (
    <p class="breadcrumb">
      <SchoolLinks {...props} />
    </p>
  );
}

/** The links between the school's pages (a list page puts them in its own breadcrumb); the settings only for its coordinator. */
export function SchoolLinks(props: SchoolNavProps) {
  const { t } = usePage();
  const base = `/schools/${props.schoolId}`;
  return (
    <>
      <a href="/schools">{t('schools.mine.title')}</a> › <a href={base}>{props.schoolName}</a> · <a href={`${base}/students`}>{t('schools.students.title')}</a>
      {' · '}
      <a href={`${base}/iksz`}>{t('schools.nav.hours')}</a>
      {' · '}
      <a href={`${base}/agreements`}>{t('schools.agreements.title')}</a>
      {props.manage && (
        <>
          {' · '}
          <a href={`${base}/settings`}>{t('schools.settings.title')}</a>
        </>
      )}
    </>
  );
}
