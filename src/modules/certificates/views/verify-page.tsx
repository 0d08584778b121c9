import { formatDate, formatDuration } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../certificate-text.js';
import type { Verification } from '../service.js';
import type { CertificateTraining } from '../snapshot.js';
import { formatVerificationCode } from '../verification-code.js';

/** What a training certificate confirms: the course, who held and taught it, the day, and the qualification granted. */
function TrainingDetails(props: { training: CertificateTraining; day: string; minutes: number }) {
  const { t, locale } = usePage();
  const { training } = props;
  return (
    <>
      <dt>{t('certificates.verify.course')}</dt>
      <dd>{training.courseTitle}</dd>
      <dt>{t('certificates.verify.organizer')}</dt>
      <dd>{training.centerName}</dd>
      <dt>{t('certificates.verify.trainer')}</dt>
      <dd>{training.trainer}</dd>
      <dt>{t('certificates.verify.day')}</dt>
      <dd>{formatDay(locale, props.day)}</dd>
      <dt>{t('certificates.verify.duration')}</dt>
      <dd>{formatDuration(t, locale, props.minutes)}</dd>
      {training.qualification && (
        <>
          <dt>{t('certificates.verify.qualification')}</dt>
          <dd>
            {training.validUntil
              ? t('certificates.verify.qualificationUntil', { name: training.qualification, date: formatDay(locale, training.validUntil) })
              : t('certificates.verify.qualificationNoExpiry', { name: training.qualification })}
          </dd>
        </>
      )}
    </>
  );
}

/** The public answer for a verification code: valid, revoked (with the day), or unknown. */
export function VerifyPage(props: { verification: Verification | null }) {
  const { t, locale } = usePage();
  const v = props.verification;
  if (!v) {
    return (
      <>
        <h1>{t('certificates.verify.notFoundTitle')}</h1>
        <p role="status">{t('certificates.verify.notFound')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('certificates.verify.title')}</h1>
      <p role="status">
        <strong>{v.revokedAt ? t('certificates.verify.revoked', { date: formatDate(locale, v.revokedAt) }) : t('certificates.verify.valid')}</strong>
      </p>
      <dl>
        <dt>{t('certificates.verify.code')}</dt>
        <dd>
          <code>{formatVerificationCode(v.code)}</code>
        </dd>
        <dt>{t('certificates.verify.status')}</dt>
        <dd>{t(v.revokedAt ? 'certificates.status.revoked' : 'certificates.status.valid')}</dd>
        <dt>{t('certificates.verify.holder')}</dt>
        <dd>{v.initials}</dd>
        {v.training ? (
          <TrainingDetails training={v.training} day={v.period.from} minutes={v.totalMinutes} />
        ) : (
          <>
            <dt>{t('certificates.verify.organizations', { count: v.organizations.length })}</dt>
            <dd>{v.organizations.join(', ')}</dd>
            <dt>{t('certificates.verify.period')}</dt>
            <dd>{`${formatDay(locale, v.period.from)} – ${formatDay(locale, v.period.to)}`}</dd>
            <dt>{t('certificates.verify.hours')}</dt>
            <dd>{formatDuration(t, locale, v.totalMinutes)}</dd>
          </>
        )}
        <dt>{t('certificates.verify.issuedAt')}</dt>
        <dd>{formatDate(locale, v.issuedAt)}</dd>
      </dl>
      <p class="hint">{t('certificates.verify.privacy')}</p>
    </>
  );
}
