import type { ComponentChildren } from 'preact';
import { durationParts, formatDate, formatWholeNumber } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationStatus } from '../../placements/status-rules.js';
import { AttendanceMyTrainings } from '../../trainings/views/attendance-my-trainings.js';
import type { MyVolunteering } from '../service.js';
import type { MinutesByStatus } from '../summary.js';

type WithProfile = Extract<MyVolunteering, { volunteer: { id: string } }>;

function Duration({ minutes }: { minutes: number }) {
  const { t } = usePage();
  // Always hours and minutes here ("1 óra 0 perc"), so the status columns read alike.
  return <>{t('duration.hm', durationParts(minutes))}</>;
}

function Empty({ text }: { text: string }) {
  return <p class="empty-state">{text}</p>;
}

/** One of the page's tables: its title as a hidden caption, the column headers, the rows (and totals). */
function SummaryTable(props: { title: string; headers: string[]; children: ComponentChildren; footer?: ComponentChildren }) {
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{props.title}</caption>
        <thead>
          <tr>
            {props.headers.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
        {props.footer && <tfoot>{props.footer}</tfoot>}
      </table>
    </div>
  );
}

function Placements({ data }: { data: WithProfile }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="my-placements">
      <h2 id="my-placements">{t('myVolunteering.placements.title')}</h2>
      {data.placements.length === 0 ? (
        <p class="empty-state">
          {t('myVolunteering.placements.empty')} <a href="/opportunities">{t('myVolunteering.placements.search')}</a>
        </p>
      ) : (
        <SummaryTable
          title={t('myVolunteering.placements.title')}
          headers={[t('myVolunteering.col.opportunity'), t('myVolunteering.col.organization'), t('myVolunteering.col.status'), t('myVolunteering.col.dates')]}
        >
          {data.placements.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <a href={`/applications/${p.id}`}>{p.opportunityTitle}</a>
              </th>
              <td>{p.organizationName}</td>
              <td>{t(`placements.status.${p.status as ApplicationStatus}`)}</td>
              <td>
                {t('myVolunteering.dates.applied', { date: formatDate(locale, p.createdAt) })}
                {p.shiftStartsAt && (
                  <>
                    <br />
                    {t('myVolunteering.dates.shift', { date: formatDate(locale, p.shiftStartsAt) })}
                  </>
                )}
                <br />
                {t('myVolunteering.dates.updated', { date: formatDate(locale, p.updatedAt) })}
              </td>
            </tr>
          ))}
        </SummaryTable>
      )}
    </section>
  );
}

function StatusCells({ sums }: { sums: MinutesByStatus }) {
  return (
    <>
      <td>
        <Duration minutes={sums.submitted} />
      </td>
      <td>
        <Duration minutes={sums.approved} />
      </td>
      <td>
        <Duration minutes={sums.rejected} />
      </td>
    </>
  );
}

function Hours({ data }: { data: WithProfile }) {
  const { t } = usePage();
  const rows = data.placements.filter((p) => data.hours.perPlacement.has(p.id));
  return (
    <section aria-labelledby="my-hours">
      <h2 id="my-hours">{t('myVolunteering.hours.title')}</h2>
      {rows.length === 0 ? (
        <Empty text={t('myVolunteering.hours.empty')} />
      ) : (
        <SummaryTable
          title={t('myVolunteering.hours.title')}
          headers={[t('myVolunteering.col.placement'), t('myVolunteering.col.submitted'), t('myVolunteering.col.approved'), t('myVolunteering.col.rejected')]}
          footer={
            <tr>
              <th scope="row">{t('myVolunteering.hours.total')}</th>
              <StatusCells sums={data.hours.total} />
            </tr>
          }
        >
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <a href={`/applications/${p.id}/hours`} aria-label={t('myVolunteering.hours.linkNamed', { title: p.opportunityTitle })}>
                  {p.opportunityTitle}
                </a>{' '}
                ({p.organizationName})
              </th>
              <StatusCells sums={data.hours.perPlacement.get(p.id) ?? { submitted: 0, approved: 0, rejected: 0 }} />
            </tr>
          ))}
        </SummaryTable>
      )}
    </section>
  );
}

function Certificates({ data }: { data: WithProfile }) {
  const { t } = usePage();
  const valid = data.certificates.filter((c) => !c.revokedAt).length;
  return (
    <section aria-labelledby="my-certificates">
      <h2 id="my-certificates">{t('myVolunteering.certificates.title')}</h2>
      {data.certificates.length === 0 ? (
        <Empty text={t('myVolunteering.certificates.empty')} />
      ) : (
        <p>{t('myVolunteering.certificates.count', { count: data.certificates.length, valid })}</p>
      )}
      <p>
        <a href="/volunteer/certificates">{t('myVolunteering.certificates.link')}</a>
      </p>
    </section>
  );
}

function Benefits({ data }: { data: WithProfile }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="my-benefits">
      <h2 id="my-benefits">{t('myVolunteering.benefits.title')}</h2>
      {data.benefits.length === 0 ? (
        <Empty text={t('myVolunteering.benefits.empty')} />
      ) : (
        <>
          <p>{t('myVolunteering.benefits.intro')}</p>
          <SummaryTable
            title={t('myVolunteering.benefits.title')}
            headers={[t('myVolunteering.col.year'), t('myVolunteering.col.type'), t('myVolunteering.col.amount'), t('myVolunteering.col.count')]}
          >
            {data.benefits.map((b) => (
              <tr key={`${b.year}-${b.type}`}>
                <th scope="row">{b.year}</th>
                <td>{t(`benefits.type.${b.type as 'travel'}`)}</td>
                <td>{t('myVolunteering.benefits.amount', { amount: formatWholeNumber(locale, b.amountHuf) })}</td>
                <td>{b.count}</td>
              </tr>
            ))}
          </SummaryTable>
        </>
      )}
    </section>
  );
}

/** The volunteer's contracts: each with its opportunity, organization, status, signed day and PDF. */
function Contracts({ data }: { data: WithProfile }) {
  const { t, locale } = usePage();
  const dayOf = (value: string) => formatDate(locale, new Date(`${value}T12:00:00Z`));
  return (
    <section aria-labelledby="my-contracts">
      <h2 id="my-contracts">{t('myVolunteering.contracts.title')}</h2>
      {data.contracts.length === 0 ? (
        <Empty text={t('myVolunteering.contracts.empty')} />
      ) : (
        <>
          <p>{t('myVolunteering.contracts.intro')}</p>
          <SummaryTable
            title={t('myVolunteering.contracts.title')}
            headers={[
              t('myVolunteering.col.opportunity'),
              t('myVolunteering.col.organization'),
              t('myVolunteering.col.status'),
              t('myVolunteering.col.signedOn'),
              t('myVolunteering.contracts.pdf'),
            ]}
          >
            {data.contracts.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={`/applications/${c.applicationId}/contract`}>{c.opportunityTitle}</a>
                </th>
                <td>{c.organizationName}</td>
                <td>{t(`contracts.status.${c.status as 'draft'}`)}</td>
                <td>{c.signedOn ? dayOf(c.signedOn) : t('myVolunteering.contracts.notSigned')}</td>
                <td>
                  <a href={`/contracts/${c.id}/contract.pdf`} aria-label={t('myVolunteering.contracts.pdfNamed', { title: c.opportunityTitle })}>
                    {t('myVolunteering.contracts.pdf')}
                  </a>
                </td>
              </tr>
            ))}
          </SummaryTable>
        </>
      )}
    </section>
  );
}

const consentKinds = ['data_processing', 'contact', 'newsletter', 'guardian'] as const;
type ConsentKind = (typeof consentKinds)[number];

function ConsentsAndQualifications({ data }: { data: WithProfile }) {
  const { t, locale } = usePage();
  const dayOf = (value: string) => formatDate(locale, new Date(`${value}T12:00:00Z`));
  return (
    <section aria-labelledby="my-profile">
      <h2 id="my-profile">{t('myVolunteering.profile.title')}</h2>
      <h3>{t('myVolunteering.profile.consents')}</h3>
      {data.consents.length === 0 ? (
        <Empty text={t('myVolunteering.profile.noConsents')} />
      ) : (
        <ul>
          {data.consents.map((c) => {
            const kind = (consentKinds as readonly string[]).includes(c.kind) ? t(`volunteers.consentShort.${c.kind as ConsentKind}`) : c.kind;
            const params = { kind, date: formatDate(locale, c.at) };
            return <li key={c.id}>{t(c.granted ? 'myVolunteering.profile.granted' : 'myVolunteering.profile.refused', params)}</li>;
          })}
        </ul>
      )}
      <h3>{t('myVolunteering.profile.qualifications')}</h3>
      {data.qualifications.length === 0 ? (
        <Empty text={t('myVolunteering.profile.noQualifications')} />
      ) : (
        <ul>
          {data.qualifications.map((q) => (
            <li key={q.id}>
              {q.validUntil ? t('myVolunteering.profile.validUntil', { name: q.name, date: dayOf(q.validUntil) }) : q.name}
              {q.courseTitle && ` – ${t('trainingAttendance.qualification.courseLink', { title: q.courseTitle })}`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/volunteer/profile">{t('myVolunteering.profile.edit')}</a>
      </p>
    </section>
  );
}

function DataDownload() {
  const { t } = usePage();
  return (
    <section aria-labelledby="my-data">
      <h2 id="my-data">{t('myVolunteering.data.title')}</h2>
      <p>{t('myVolunteering.data.intro')}</p>
      <p>
        <a class="button button-secondary" href="/volunteer/my-data.zip" download>
          {t('myVolunteering.data.download')}
        </a>
      </p>
      <p>
        <a href="/volunteer/erasure">{t('erasure.link.myVolunteering')}</a>
      </p>
    </section>
  );
}

/** The volunteer's own overview; without a volunteer profile it says so and offers to create one. */
export function MyVolunteeringPage({ data }: { data: MyVolunteering }) {
  const { t } = usePage();
  if (!data.volunteer) {
    return (
      <>
        <h1>{t('myVolunteering.title')}</h1>
        <p class="empty-state">
          {t('myVolunteering.noProfile')} <a href="/volunteer/profile">{t('myVolunteering.createProfile')}</a>
        </p>
        <DataDownload />
      </>
    );
  }
  const withProfile = data as WithProfile;
  return (
    <>
      <h1>{t('myVolunteering.title')}</h1>
      <p>{t('myVolunteering.intro')}</p>
      {/* Registrations, waitlist places and offered seats of trainings live on their own page. */}
      <p>
        <a href="/trainings/mine">{t('trainings.mine.link')}</a>
      </p>
      <Placements data={withProfile} />
      <Hours data={withProfile} />
      <AttendanceMyTrainings trainings={withProfile.trainings} />
      <Certificates data={withProfile} />
      <Benefits data={withProfile} />
      <ConsentsAndQualifications data={withProfile} />
      <Contracts data={withProfile} />
      <DataDownload />
    </>
  );
}
