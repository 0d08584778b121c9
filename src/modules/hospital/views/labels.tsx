import { formatDate, type Translate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { reasonParams } from '../../volunteer-law/eligibility-text.js';
import type { RequirementKind, RequirementStatus } from '../requirement-state.js';
import type { RosterRefusal } from '../roster-service.js';

/** "2026-12-14" as the reader writes a day ("2026. 12. 14."). */
export function dayText(locale: 'hu' | 'en', day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** "09:00–12:00" from the database's "09:00:00". */
export function timeRange(startsAt: string, endsAt: string): string {
  return `${startsAt.slice(0, 5)}–${endsAt.slice(0, 5)}`;
}

export function weekdayLabel(t: Translate, weekday: number): string {
  return t(`hospital.weekday.${weekday}` as 'hospital.weekday.1');
}

export function requirementLabel(t: Translate, kind: RequirementKind): string {
  return t(`hospital.requirement.${kind}`);
}

/** A requirement's state as text: the colour class is only a help, the words carry it. */
export function stateText(t: Translate, locale: 'hu' | 'en', s: Pick<RequirementStatus, 'state' | 'validUntil'>): string {
  const date = s.validUntil ? dayText(locale, s.validUntil) : '';
  switch (s.state) {
    case 'ok':
      return s.validUntil ? t('hospital.state.okUntil', { date }) : t('hospital.state.ok');
    case 'expiring':
      return t('hospital.state.expiring', { date });
    case 'expired':
      return t('hospital.state.expired', { date });
    default:
      return t('hospital.state.missing');
  }
}

export function StateCell(props: { status: RequirementStatus }) {
  const { t, locale } = usePage();
  const tone = props.status.state === 'ok' ? 'ok' : props.status.state === 'expiring' ? 'warning' : 'blocked';
  return <span class={`requirement-${tone}`}>{stateText(t, locale, props.status)}</span>;
}

/** The links between the program's hospital pages. */
export function HospitalNav(props: { programId: string; staff: boolean }) {
  const { t } = usePage();
  return (
    <nav aria-label={t('hospital.dashboard.title')}>
      <ul class="toolbar">
        {props.staff && (
          <>
            <li>
              <a href={`/hospital/${props.programId}/volunteers`}>{t('hospital.nav.volunteers')}</a>
            </li>
            <li>
              <a href={`/hospital/${props.programId}/wards`}>{t('hospital.nav.wards')}</a>
            </li>
          </>
        )}
        <li>
          <a href={`/hospital/${props.programId}/roster`}>{t('hospital.nav.roster')}</a>
        </li>
      </ul>
    </nav>
  );
}

/** A refused sign-up's reason in words: to the volunteer ("te") or to staff, as the placements pages say it. */
export function refusalText(t: Translate, locale: 'hu' | 'en', reason: RosterRefusal, reader: 'volunteer' | 'staff'): string {
  if (reason.code === 'slot_full' || reason.code === 'slot_closed' || reason.code === 'already_signed_up') return t(`hospital.reason.${reason.code}`);
  const params = reasonParams(locale, 'params' in reason ? reason.params : undefined);
  return reader === 'volunteer' ? t(`placements.reason.${reason.code}`, params) : t(`matching.reason.${reason.code}`, params);
}

/** Why a roster sign-up was refused, as a notice above the roster (nothing when it was not). */
export function RefusalNotice(props: { refusal?: string[] }) {
  const { t } = usePage();
  if (!props.refusal || props.refusal.length === 0) return null;
  return (
    <div class="notice" role="alert">
      <p>{t('hospital.roster.refused')}</p>
      <ul>
        {props.refusal.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
