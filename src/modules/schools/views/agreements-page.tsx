import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { AgreementRow } from '../agreements-repo.js';
import type { AgreementSort } from '../schema.js';
import { dayText, SchoolLinks } from './labels.js';

/** The validity in one phrase: valid today, waiting for a signature, expiring, ended or not yet started. */
export function AgreementState(props: { agreement: AgreementRow; today: string }) {
  const { t, locale } = usePage();
  const a = props.agreement;
  const states: string[] = [];
  if (!a.schoolSignedOn || !a.hostSignedOn) states.push(t('schools.agreement.unsigned'));
  else if (a.startsOn > props.today) states.push(t('schools.agreement.notYet'));
  else if (a.endsOn < props.today) states.push(t('schools.agreement.ended'));
  else states.push(t('schools.agreement.valid'));
  return (
    <>
      {states.join(', ')}
      {a.expiring && (
        <>
          {' '}
          <strong class="badge">{t('schools.agreement.expiring', { day: dayText(locale, a.endsOn) })}</strong>
        </>
      )}
    </>
  );
}

/** GET /schools/:schoolId/agreements: the school's cooperation agreements, those ending within 30 days flagged. */
export function AgreementsPage(props: {
  school: { id: string; name: string };
  manage: boolean;
  page: Page<AgreementRow>;
  params: ListParams<AgreementSort>;
  expiring: boolean;
  today: string;
}) {
  const { t, locale } = usePage();
  const base = `/schools/${props.school.id}/agreements`;
  return (
    <ListPage
      title={t('schools.agreements.title')}
      breadcrumb={<SchoolLinks schoolId={props.school.id} schoolName={props.school.name} manage={props.manage} />}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(props.expiring ? 'schools.list.noMatch' : 'schools.agreements.empty')}
      columns={[
        { label: t('schools.field.host'), sortKey: 'host', rowHeader: true, cell: (r) => <a href={`${base}/${r.id}`}>{r.hostName}</a> },
        { label: t('schools.field.startsOn'), sortKey: 'startsOn', cell: (r) => dayText(locale, r.startsOn) },
        { label: t('schools.field.endsOn'), sortKey: 'endsOn', cell: (r) => dayText(locale, r.endsOn) },
        { label: t('schools.field.mentorName'), cell: (r) => r.mentorName },
        { label: t('schools.field.status'), cell: (r) => <AgreementState agreement={r} today={props.today} /> },
      ]}
    >
      <p class="toolbar">
        {props.manage && (
          <a href={`${base}/new`} class="button">
            {t('schools.agreements.new')}
          </a>
        )}{' '}
        {props.expiring ? <a href={base}>{t('schools.agreements.all')}</a> : <a href={`${base}?expiring=1`}>{t('schools.agreements.onlyExpiring')}</a>}
      </p>
    </ListPage>
  );
}
