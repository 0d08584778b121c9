import { formatDate, formatDuration } from '../../../platform/i18n.js';
import type { Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { CertificateRow } from '../repo.js';
import type { CertificateSnapshot } from '../snapshot.js';
import { formatVerificationCode } from '../verification-code.js';
import { CertificateScope, CertificateStatus } from './certificate-scope.js';

export type PlacementChoice = { applicationId: string; opportunityTitle: string; organizationName: string; minutes: number };

/** The volunteer's certificates (newest first) and the two ways to ask for a new one. */
export function MyCertificatesPage(props: {
  page: Page<CertificateRow>;
  placements: PlacementChoice[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, locale } = usePage();
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const hasHours = props.placements.length > 0;
  return (
    <>
      <h1>{t('certificates.title')}</h1>
      <p>{t('certificates.intro')}</p>
      <ErrorSummary errors={props.errors} />
      {hasHours ? (
        <>
          <h2>{t('certificates.issue.placementTitle')}</h2>
          <PostForm action="/volunteer/certificates">
            <input type="hidden" name="kind" value="placement" />
            <SelectField
              name="applicationId"
              label={t('certificates.issue.placement')}
              required
              value={values.applicationId}
              error={errors.applicationId}
              options={props.placements.map((p) => ({
                value: p.applicationId,
                label: t('certificates.issue.placementOption', {
                  organization: p.organizationName,
                  opportunity: p.opportunityTitle,
                  hours: formatDuration(t, locale, p.minutes),
                }),
              }))}
            />
            <button type="submit">{t('certificates.issue.placementSubmit')}</button>
          </PostForm>
          <h2>{t('certificates.issue.periodTitle')}</h2>
          <PostForm action="/volunteer/certificates">
            <input type="hidden" name="kind" value="period" />
            <p class="hint">{t('certificates.issue.periodHint')}</p>
            <Field name="from" type="date" label={t('certificates.issue.from')} required value={values.from} error={errors.from} />
            <Field name="to" type="date" label={t('certificates.issue.to')} required value={values.to} error={errors.to} />
            <button type="submit">{t('certificates.issue.periodSubmit')}</button>
          </PostForm>
        </>
      ) : (
        <p class="empty-state">{t('certificates.empty')}</p>
      )}
      <h2>{t('certificates.list.title')}</h2>
      <SortableTable
        caption={t('certificates.list.title')}
        rows={props.page.items}
        rowKey={(r) => r.id}
        sort=""
        dir="desc"
        emptyText={t('certificates.list.none')}
        columns={[
          { label: t('certificates.field.issuedAt'), rowHeader: true, cell: (r) => formatDate(locale, r.issuedAt) },
          { label: t('certificates.field.scope'), cell: (r) => <CertificateScope snapshot={r.snapshot as CertificateSnapshot} /> },
          { label: t('certificates.field.hours'), cell: (r) => formatDuration(t, locale, r.totalMinutes) },
          { label: t('certificates.field.code'), cell: (r) => <code>{formatVerificationCode(r.code)}</code> },
          { label: t('certificates.field.status'), cell: (r) => <CertificateStatus revokedAt={r.revokedAt} /> },
          {
            label: t('certificates.field.actions'),
            cell: (r) => (
              <a href={`/certificates/${r.id}/pdf`} download>
                {t('certificates.downloadNamed', { code: formatVerificationCode(r.code) })}
              </a>
            ),
          },
        ]}
      />
      {props.page.total > 0 && <Pagination page={props.page} />}
    </>
  );
}
