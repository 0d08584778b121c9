import { formatDuration } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import { formatVerificationCode } from '../../certificates/verification-code.js';
import type { TransferVerification } from '../transfer-service.js';

/** The public answer for a transfer certificate's code: only the student's name, the school, the hours and the date. */
export function IkszVerifyPage(props: { verification: TransferVerification | null }) {
  const { t, locale } = usePage();
  const v = props.verification;
  if (!v) {
    return (
      <>
        <h1>{t('iksz.verify.notFoundTitle')}</h1>
        <p role="status">{t('iksz.verify.notFound')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('iksz.verify.title')}</h1>
      <p role="status">
        <strong>{t('iksz.verify.valid')}</strong>
      </p>
      <dl>
        <dt>{t('iksz.pdf.verifyCode')}</dt>
        <dd>
          <code>{formatVerificationCode(v.code)}</code>
        </dd>
        <dt>{t('iksz.verify.name')}</dt>
        <dd>{`${v.familyName} ${v.givenName}`}</dd>
        <dt>{t('iksz.verify.school')}</dt>
        <dd>{v.schoolName}</dd>
        <dt>{t('iksz.verify.hours')}</dt>
        <dd>{formatDuration(t, locale, v.minutes)}</dd>
        <dt>{t('iksz.verify.date')}</dt>
        <dd>{formatDay(locale, v.issuedOn)}</dd>
      </dl>
    </>
  );
}
