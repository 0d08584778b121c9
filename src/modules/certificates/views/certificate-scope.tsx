import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { scopeText } from '../certificate-text.js';
import type { CertificateSnapshot } from '../snapshot.js';

/** What a certificate covers: the placement (organization – opportunity) or the period. */
export function CertificateScope(props: { snapshot: CertificateSnapshot }) {
  const { t, locale } = usePage();
  return <>{scopeText(t, locale, props.snapshot)}</>;
}

/** Valid or revoked, in words (never colour alone). */
export function CertificateStatus(props: { revokedAt: Date | null }) {
  const { t, locale } = usePage();
  if (!props.revokedAt) return <>{t('certificates.status.valid')}</>;
  return <>{t('certificates.revoke.revokedOn', { date: formatDate(locale, props.revokedAt) })}</>;
}
