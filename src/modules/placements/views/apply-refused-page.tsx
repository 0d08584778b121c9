import { usePage } from '../../../ui/page-context.js';
import type { RefusalReason } from '../errors.js';
import { refusalText } from './refusal-text.js';

/** One refusal reason in the volunteer's words (`placements.reason.<code>`, or a Köt. 5. § weekly rule). */
function useRefusalText(): (reason: RefusalReason) => string {
  const { t, locale } = usePage();
  return (r) => refusalText(t, locale, r, 'volunteer');
}

/** Why the volunteer cannot apply (each broken hard rule, in words), and the way back. */
export function ApplyRefusedPage(props: { reasons: RefusalReason[]; opportunityId: string | null }) {
  const { t } = usePage();
  const text = useRefusalText();
  return (
    <>
      <h1>{t('placements.refused.title')}</h1>
      <div class="error-summary" role="alert">
        <ul>
          {props.reasons.map((r) => (
            <li key={r.code === 'minorLaw' ? r.rule : `${r.code}${'params' in r ? JSON.stringify(r.params) : ''}`}>{text(r)}</li>
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
