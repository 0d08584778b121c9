import { usePage } from '../../../ui/page-context.js';
import type { ApplyRefusedError } from '../errors.js';

/** Why the volunteer cannot apply (each broken hard rule, in words), and the way back. */
export function ApplyRefusedPage(props: { reasons: ApplyRefusedError['reasons']; opportunityId: string | null }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('placements.refused.title')}</h1>
      <div class="error-summary" role="alert">
        <ul>
          {props.reasons.map((r) => (
            <li key={r.code === 'minorLaw' ? r.rule : r.code}>
              {r.code === 'minorLaw' ? t(`law.minor.${r.rule}`, r.params) : t(`placements.reason.${r.code}`, 'params' in r ? r.params : undefined)}
            </li>
          ))}
        </ul>
      </div>
      <p>
        {props.opportunityId && <a href={`/opportunities/${props.opportunityId}`}>{t('placements.refused.back')}</a>}{' '}
        <a href="/volunteer/profile">{t('placements.refused.profile')}</a>
      </p>
    </>
  );
}
