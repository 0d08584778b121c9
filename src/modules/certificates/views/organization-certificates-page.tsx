import { formatDate, formatDuration, formatPersonName } from '../../../platform/i18n.js';
import type { Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { CertificateRow } from '../repo.js';
import type { CertificateSnapshot } from '../snapshot.js';
import { formatVerificationCode } from '../verification-code.js';
import { CertificateScope, CertificateStatus } from './certificate-scope.js';

/**
 * A list of certificates for those who answer for them, each with download and revoke: an
 * organization's (for its members) or a volunteer's (for the center's staff, who revoke only the
 * period certificates; `mayRevoke` says which).
 */
export function CertificateListPage(props: {
  page: Page<CertificateRow>;
  title: string;
  intro: string;
  emptyText: string;
  mayRevoke: (r: CertificateRow) => boolean;
}) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <SortableTable
        caption={props.title}
        rows={props.page.items}
        rowKey={(r) => r.id}
        sort=""
        dir="desc"
        emptyText={props.emptyText}
        columns={[
          {
            label: t('certificates.field.holder'),
            rowHeader: true,
            cell: (r) => {
              const { holder } = r.snapshot as CertificateSnapshot;
              return formatPersonName(holder.familyName, holder.givenName);
            },
          },
          { label: t('certificates.field.scope'), cell: (r) => <CertificateScope snapshot={r.snapshot as CertificateSnapshot} /> },
          { label: t('certificates.field.hours'), cell: (r) => formatDuration(t, locale, r.totalMinutes) },
          { label: t('certificates.field.issuedAt'), cell: (r) => formatDate(locale, r.issuedAt) },
          { label: t('certificates.field.code'), cell: (r) => <code>{formatVerificationCode(r.code)}</code> },
          { label: t('certificates.field.status'), cell: (r) => <CertificateStatus revokedAt={r.revokedAt} /> },
          {
            label: t('certificates.field.actions'),
            cell: (r) => (
              <>
                <a href={`/certificates/${r.id}/pdf`} download>
                  {t('certificates.downloadNamed', { code: formatVerificationCode(r.code) })}
                </a>
                {!r.revokedAt && props.mayRevoke(r) && (
                  <>
                    {' · '}
                    <a href={`/certificates/${r.id}/revoke`}>
                      {t('certificates.revoke.open')}
                      <span class="visually-hidden"> {formatVerificationCode(r.code)}</span>
                    </a>
                  </>
                )}
              </>
            ),
          },
        ]}
      />
      {props.page.total > 0 && (
        <>
          <Pagination page={props.page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}

/** The certificates of an organization's hours, for its members. */
export function OrganizationCertificatesPage(props: { page: Page<CertificateRow> }) {
  const { t } = usePage();
  return (
    <CertificateListPage
      page={props.page}
      title={t('certificates.org.title')}
      intro={t('certificates.org.intro')}
      emptyText={t('certificates.org.none')}
      mayRevoke={() => true}
    />
  );
}

/** A volunteer's certificates, for the center's staff: they revoke period certificates (an organization revokes its own). */
export function VolunteerCertificatesPage(props: { page: Page<CertificateRow>; name: string }) {
  const { t } = usePage();
  return (
    <CertificateListPage
      page={props.page}
      title={t('certificates.volunteer.title', { name: props.name })}
      intro={t('certificates.volunteer.intro')}
      emptyText={t('certificates.volunteer.none')}
      mayRevoke={(r) => r.organizationId == null}
    />
  );
}
