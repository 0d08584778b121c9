import { formatDate, formatDuration, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { CertificateRow } from '../repo.js';
import type { CertificateSnapshot } from '../snapshot.js';
import { formatVerificationCode } from '../verification-code.js';
import { CertificateScope, CertificateStatus } from './certificate-scope.js';

/** The confirmation step of revoking: what the certificate says, a required reason and a tick. */
export function RevokePage(props: { certificate: CertificateRow; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const c = props.certificate;
  const snapshot = c.snapshot as CertificateSnapshot;
  return (
    <>
      <h1>{t('certificates.revoke.title')}</h1>
      <dl>
        <dt>{t('certificates.field.holder')}</dt>
        <dd>{formatPersonName(snapshot.holder.familyName, snapshot.holder.givenName)}</dd>
        <dt>{t('certificates.field.scope')}</dt>
        <dd>
          <CertificateScope snapshot={snapshot} />
        </dd>
        <dt>{t('certificates.field.hours')}</dt>
        <dd>{formatDuration(t, locale, c.totalMinutes)}</dd>
        <dt>{t('certificates.field.issuedAt')}</dt>
        <dd>{formatDate(locale, c.issuedAt)}</dd>
        <dt>{t('certificates.field.code')}</dt>
        <dd>
          <code>{formatVerificationCode(c.code)}</code>
        </dd>
        <dt>{t('certificates.field.status')}</dt>
        <dd>
          <CertificateStatus revokedAt={c.revokedAt} />
        </dd>
      </dl>
      {!c.revokedAt && (
        <>
          <p>{t('certificates.revoke.intro')}</p>
          <ErrorSummary errors={props.errors} />
          <PostForm action={`/certificates/${c.id}/revoke`}>
            <TextAreaField
              name="reason"
              label={t('certificates.revoke.reason')}
              hint={t('certificates.revoke.reasonHint')}
              required
              maxLength={1000}
              value={props.values?.reason}
              error={props.errors?.reason}
            />
            <Checkbox name="confirm" label={t('certificates.revoke.confirm')} required error={props.errors?.confirm} />
            <button type="submit">{t('certificates.revoke.submit')}</button>
          </PostForm>
        </>
      )}
    </>
  );
}
