import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../certificate-text.js';
import type { CertificateSnapshot } from '../snapshot.js';

/** What a certificate covers: the placement (organization – opportunity) or the period. */
export function CertificateScope(props: { snapshot: CertificateSnapshot }) {
  const { t, locale } = usePage();
  const s = props.snapshot;
  const [only] = s.organizations;
  if (s.kind === 'placement' && only) return <>{`${only.name} – ${s.opportunityTitle ?? ''}`}</>;
  return <>{t('certificates.scope.period', { from: formatDay(locale, s.period.from), to: formatDay(locale, s.period.to) })}</>;
}

/** Valid or revoked, in words (never colour alone). */
export function CertificateStatus(props: { revokedAt: Date | null }) {
  const { t, locale } = usePage();
  if (!props.revokedAt) return <>{t('certificates.status.valid')}</>;
  return <>{t('certificates.revoke.revokedOn', { date: formatDate(locale, props.revokedAt) })}</>;
}
