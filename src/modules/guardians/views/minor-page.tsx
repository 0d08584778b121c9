import { durationParts, formatDate, formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { MinorOverview } from '../service.js';

/** The consent block: waiting → one-click give; given → withdraw with a ticked confirmation. */
function Consent({ data, errors }: { data: MinorOverview; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const base = `/guardian/minors/${data.minor.id}/consent`;
  return (
    <section aria-labelledby="minor-consent">
      <h2 id="minor-consent">{t('guardians.consent.title')}</h2>
      <ErrorSummary errors={errors} />
      {data.minor.guardianConsentAt ? (
        <>
          <p>{t('guardians.consent.given', { date: formatDate(locale, data.minor.guardianConsentAt) })}</p>
          <PostForm action={`${base}/withdraw`}>
            <Checkbox name="confirmed" label={t('guardians.consent.confirmWithdraw')} error={errors?.confirmed} required />
            <p>
              <button type="submit" class="button button-danger">
                {t('guardians.consent.withdraw')}
              </button>
            </p>
          </PostForm>
        </>
      ) : (
        <>
          <p>{t(data.consentWaiting ? 'guardians.consent.waiting' : 'guardians.consent.notNeeded')}</p>
          {data.mayDecide && (
            <PostForm action={base}>
              <p>{t('guardians.consent.text')}</p>
              <button type="submit">{t('guardians.consent.give')}</button>
            </PostForm>
          )}
        </>
      )}
    </section>
  );
}

/** One minor, read-only, for their linked guardian (formal "Ön"): profile, applications, shifts, hours, consent. */
export function MinorPage({ data, errors }: { data: MinorOverview; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { minor } = data;
  const hm = (minutes: number) => t('duration.hm', durationParts(minutes));
  return (
    <>
      <p>
        <a href="/guardian">{t('guardians.home.title')}</a>
      </p>
      <h1>{formatPersonName(minor.familyName, minor.givenName)}</h1>
      <dl>
        <dt>{t('guardians.minor.birthDate')}</dt>
        <dd>{minor.birthDate ? `${minor.birthDate} (${t('guardians.minor.age', { age: minor.age ?? 0 })})` : '–'}</dd>
        <dt>{t('guardians.minor.contact')}</dt>
        <dd>{[minor.email, minor.phone].filter(Boolean).join(', ') || '–'}</dd>
      </dl>
      <Consent data={data} errors={errors} />
      <section aria-labelledby="minor-shifts">
        <h2 id="minor-shifts">{t('guardians.minor.upcoming')}</h2>
        {data.upcoming.length === 0 ? (
          <p class="empty-state">{t('guardians.minor.noUpcoming')}</p>
        ) : (
          <ul>
            {data.upcoming.map((p) => (
              <li key={p.id}>
                {p.shiftStartsAt && formatDateTime(locale, p.shiftStartsAt)}: {p.opportunityTitle} ({p.organizationName}) –{' '}
                {t(`placements.status.${p.status}` as 'placements.status.accepted')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="minor-applications">
        <h2 id="minor-applications">{t('guardians.minor.applications')}</h2>
        {data.placements.length === 0 ? (
          <p class="empty-state">{t('guardians.minor.noApplications')}</p>
        ) : (
          <table>
            <caption class="visually-hidden">{t('guardians.minor.applications')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('guardians.col.opportunity')}</th>
                <th scope="col">{t('guardians.col.shift')}</th>
                <th scope="col">{t('guardians.col.status')}</th>
                <th scope="col">{t('guardians.col.approvedHours')}</th>
              </tr>
            </thead>
            <tbody>
              {data.placements.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.opportunityTitle} ({p.organizationName})
                  </th>
                  <td>{p.shiftStartsAt ? formatDateTime(locale, p.shiftStartsAt) : '–'}</td>
                  <td>{t(`placements.status.${p.status}` as 'placements.status.accepted')}</td>
                  <td>{hm(data.hours.perPlacement.get(p.id)?.approved ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>{t('guardians.minor.hoursTotal', { approved: hm(data.hours.total.approved), submitted: hm(data.hours.total.submitted) })}</p>
      </section>
    </>
  );
}
