import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { VolunteerProfile } from '../profile-service.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** Certificate statuses and qualifications (read-only): what staff recorded, never a document. */
export function StatusSummary(props: { profile: VolunteerProfile; headingLevel?: 2 | 3 }) {
  const { t, locale } = usePage();
  const p = props.profile;
  const checked = (at: string | null) => (at ? ` (${t('volunteers.checks.checkedOn', { date: formatDate(locale, day(at)) })})` : '');
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      <H>{t('volunteers.checks.title')}</H>
      <dl class="details">
        <dt>{t('volunteers.checks.health')}</dt>
        <dd>
          {t(`volunteers.health.${p.healthStatus as 'unknown' | 'fit' | 'not_fit'}`)}
          {checked(p.healthCheckedAt)}
        </dd>
        <dt>{t('volunteers.checks.conduct')}</dt>
        <dd>
          {t(`volunteers.conduct.${p.conductStatus as 'unknown' | 'clear' | 'not_clear'}`)}
          {checked(p.conductCheckedAt)}
        </dd>
      </dl>
      <H>{t('volunteers.qualifications.title')}</H>
      {p.qualifications.length === 0 ? (
        <p class="empty-state">{t('volunteers.qualifications.empty')}</p>
      ) : (
        <ul>
          {p.qualifications.map((q) => (
            <li>
              {q.name}
              {q.validUntil
                ? ` – ${t('volunteers.qualifications.validUntil', { date: formatDate(locale, day(q.validUntil)) })}`
                : ` – ${t('volunteers.qualifications.noExpiry')}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
