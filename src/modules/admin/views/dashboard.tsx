import { formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { DeadlineText } from '../../erasure/views/deadline-text.js';
import type { Dashboard } from '../service.js';

/** The admin area's start page: one card per thing the actor may manage or see. */
export function DashboardPage(props: { dashboard: Dashboard }) {
  const { t } = usePage();
  const d = props.dashboard;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p class="lead">{t('admin.intro')}</p>
      {d.legalData?.schoolYearWithoutBreaks && (
        <p class="warning" role="note">
          {t('legal.calendar.noBreaks', { year: d.legalData.schoolYearWithoutBreaks })} <a href="/admin/school-calendar">{t('legal.calendar.title')}</a>
        </p>
      )}
      <div class="cards">
        {d.centers && (
          <section class="card">
            <h2>{t('centers.list.title')}</h2>
            <p>{t('admin.centersCount', { centers: d.centers.count, points: d.centers.points })}</p>
            {d.ownCenters.length > 0 && (
              <ul>
                {d.ownCenters.map((c) => (
                  <li key={c.id}>
                    <a href={`/admin/centers/${c.id}`}>{c.name}</a>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href="/admin/centers">{t('admin.openCenters')}</a>
            </p>
          </section>
        )}
        {d.ownPoints.length > 0 && (
          <section class="card">
            <h2>{t('admin.ownPoints')}</h2>
            <ul>
              {d.ownPoints.map((p) => (
                <li key={p.id}>
                  <a href={`/admin/points/${p.id}`}>{p.name}</a> <span class="muted">({p.centerName})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {d.users !== undefined && (
          <section class="card">
            <h2>{t('users.list.title')}</h2>
            <p>{t('admin.usersCount', { count: d.users })}</p>
            <p>
              <a href="/admin/users">{t('admin.openUsers')}</a>
            </p>
          </section>
        )}
        {d.audit && (
          <section class="card">
            <h2>{t('audit.title')}</h2>
            <p>{t('admin.auditText')}</p>
            <p>
              <a href="/admin/audit">{t('admin.openAudit')}</a>
            </p>
          </section>
        )}
        {d.pendingMail !== undefined && (
          <section class="card">
            <h2>{t('outbox.title')}</h2>
            <p>{t('admin.pendingMail', { count: d.pendingMail })}</p>
            <p>
              <a href="/admin/outbox">{t('admin.openOutbox')}</a>
            </p>
          </section>
        )}
        {d.legalData && (
          <section class="card">
            <h2>{t('legal.admin.card')}</h2>
            <p>{t('legal.admin.cardText')}</p>
            <p>
              <a href="/admin/legal-amounts">{t('legal.amounts.title')}</a> · <a href="/admin/school-calendar">{t('legal.calendar.title')}</a>
            </p>
          </section>
        )}
        {d.openDataRequests !== undefined && (
          <section class="card">
            <h2>{t('erasure.admin.card')}</h2>
            <p>{t('erasure.admin.cardText', { count: d.openDataRequests.count })}</p>
            {d.openDataRequests.soonest.length > 0 && (
              <>
                <p>{t('erasure.admin.soonest')}</p>
                <ul>
                  {d.openDataRequests.soonest.map((r) => (
                    <li key={r.request.id}>
                      <a href={`/admin/erasure-requests/${r.request.id}`}>
                        {t(`erasure.kind.${r.request.kind}`)}: {formatPersonName(r.familyName, r.givenName)}
                      </a>{' '}
                      {r.deadline && <DeadlineText deadline={r.deadline} />}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <a href="/admin/erasure-requests">{t('erasure.admin.open')}</a>
            </p>
          </section>
        )}
        {d.inactiveAccounts && (
          <section class="card">
            <h2>{t('retention.admin.card')}</h2>
            <p>{t('retention.admin.cardText')}</p>
            <p>
              <a href="/admin/inactive-accounts">{t('retention.admin.open')}</a>
            </p>
          </section>
        )}
      </div>
    </>
  );
}
