import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { AgreementRow } from '../agreements-repo.js';
import type { AgreementSort } from '../schema.js';
import { AgreementDetails, SigningForm } from './agreement-page.js';
import { AgreementState } from './agreements-page.js';
import { dayText } from './labels.js';

/** GET /organizations/:organizationId/iksz-agreements: the host's cooperation agreements with schools. */
export function HostAgreementsPage(props: { organizationId: string; page: Page<AgreementRow>; params: ListParams<AgreementSort>; today: string }) {
  const { t, locale } = usePage();
  const base = `/organizations/${props.organizationId}/iksz-agreements`;
  return (
    <ListPage
      title={t('schools.hostAgreements.title')}
      breadcrumb={<a href={`/organizations/${props.organizationId}`}>{t('schools.hostAgreements.organization')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('schools.hostAgreements.empty')}
      columns={[
        { label: t('schools.field.school'), rowHeader: true, cell: (r) => <a href={`${base}/${r.id}`}>{r.schoolName}</a> },
        { label: t('schools.field.startsOn'), sortKey: 'startsOn', cell: (r) => dayText(locale, r.startsOn) },
        { label: t('schools.field.endsOn'), sortKey: 'endsOn', cell: (r) => dayText(locale, r.endsOn) },
        { label: t('schools.field.status'), cell: (r) => <AgreementState agreement={r} today={props.today} /> },
      ]}
    >
      <p>{t('schools.hostAgreements.intro')}</p>
    </ListPage>
  );
}

/** GET /organizations/:organizationId/iksz-agreements/:agreementId: the agreement and the host's own signing day. */
export function HostAgreementPage(props: {
  organizationId: string;
  agreement: AgreementRow;
  today: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const a = props.agreement;
  const base = `/organizations/${props.organizationId}/iksz-agreements`;
  return (
    <>
      <p class="breadcrumb">
        <a href={base}>{t('schools.hostAgreements.title')}</a>
      </p>
      <h1>{t('schools.agreement.titleWithSchool', { school: a.schoolName })}</h1>
      <ErrorSummary errors={props.errors} />
      <section aria-labelledby="h-sign">
        <h2 id="h-sign">{t('schools.hostAgreements.sign')}</h2>
        <SigningForm
          action={`${base}/${a.id}/sign`}
          fields={[{ name: 'hostSignedOn', value: props.values?.hostSignedOn ?? a.hostSignedOn ?? props.today, required: true }]}
          errors={props.errors}
        />
      </section>
      <AgreementDetails agreement={a} today={props.today} pdfHref={`${base}/${a.id}/agreement.pdf`} />
    </>
  );
}
