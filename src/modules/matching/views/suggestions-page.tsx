import { usePage } from '../../../ui/page-context.js';
import type { Suggestions } from '../service.js';
import type { Vocabulary } from '../vocabulary.js';
import { ReasonList } from './reason-list.js';
import { ShiftTime } from './shift-time.js';

/** The logged-in volunteer's best matches, each with its reasons (addressed informally, "te"). */
export function SuggestionsPage(props: { result: Suggestions; vocabulary: Vocabulary }) {
  const { t } = usePage();
  const { result } = props;
  if (!result.hasProfile) {
    return (
      <>
        <h1>{t('matching.title')}</h1>
        <p>{t('matching.suggestions.noProfile')}</p>
        <p class="toolbar">
          <a class="button" href="/volunteer/profile">
            {t('matching.suggestions.createProfile')}
          </a>
          <a class="button button-secondary" href="/opportunities">
            {t('matching.suggestions.browse')}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('matching.title')}</h1>
      <p>{t('matching.suggestions.lead')}</p>
      {result.suggestions.length === 0 ? (
        <p class="empty-state">{t('matching.suggestions.empty')}</p>
      ) : (
        <ol class="cards suggestion-list">
          {result.suggestions.map((s) => (
            <li class="card">
              <h2>
                <a href={`/opportunities/${s.opportunityId}`}>{s.title}</a>
              </h2>
              <p class="muted">{t('matching.by', { organization: s.organizationName })}</p>
              <dl class="details">
                <dt>{t('matching.column.place')}</dt>
                <dd>{s.remote ? t('matching.remote') : (s.placeName ?? '–')}</dd>
                <dt>{t('matching.column.when')}</dt>
                <dd>
                  <ShiftTime shift={s.shift} />
                </dd>
                <dt>{t('matching.column.score')}</dt>
                <dd>{t('matching.scoreValue', { score: Math.round(s.score) })}</dd>
              </dl>
              <ReasonList reasons={s.reasons} vocabulary={props.vocabulary} label={t('matching.reasonList')} />
            </li>
          ))}
        </ol>
      )}
      <p class="toolbar">
        <a class="button button-secondary" href="/volunteer/profile">
          {t('matching.suggestions.editProfile')}
        </a>
        <a class="button button-secondary" href="/opportunities">
          {t('matching.suggestions.browse')}
        </a>
      </p>
    </>
  );
}
