import { usePage } from '../../../ui/page-context.js';
import { rewardWarningPercent } from '../../volunteer-law/benefit-cap.js';
import { formatFt } from '../amount-text.js';
import type { RewardCapStatus } from '../cap-status.js';

/** The warning shown on the list and next to the form when the year's rewards reach 80 % of the cap. */
export function NearCapWarning({ cap }: { cap: RewardCapStatus }) {
  const { t } = usePage();
  if (!cap.nearCap) return null;
  return (
    <p class="warning" role="note">
      <strong>{t('benefits.cap.near', { percent: rewardWarningPercent, used: formatFt(cap.usedFt + cap.proposedFt), cap: formatFt(cap.capFt) })}</strong>
    </p>
  );
}

/** The volunteer's reward cap for a year: the cap, this organization's and the others' rewards (others only as a sum), what is left. */
export function CapStatusPanel({ cap, year }: { cap: RewardCapStatus | null; year: number }) {
  const { t } = usePage();
  return (
    <section aria-labelledby={`reward-cap-${year}`}>
      <h2 id={`reward-cap-${year}`}>{t('benefits.cap.title', { year })}</h2>
      {cap ? (
        <>
          <p>{t('benefits.cap.explain')}</p>
          {cap.amountNotConfiguredForYear && (
            <p class="warning" role="note">
              {t('benefits.cap.notConfigured', { year: cap.year })}
            </p>
          )}
          <NearCapWarning cap={cap} />
          <dl class="details">
            <dt>{t('benefits.cap.cap')}</dt>
            <dd>{formatFt(cap.capFt)}</dd>
            <dt>{t('benefits.cap.own')}</dt>
            <dd>{formatFt(cap.ownFt)}</dd>
            <dt>{t('benefits.cap.others')}</dt>
            <dd>{formatFt(cap.othersFt)}</dd>
            <dt>{t('benefits.cap.used')}</dt>
            <dd>{formatFt(cap.usedFt)}</dd>
            <dt>{t('benefits.cap.remaining')}</dt>
            <dd>{formatFt(cap.remainingFt)}</dd>
          </dl>
        </>
      ) : (
        <p>{t('benefits.cap.none')}</p>
      )}
    </section>
  );
}
