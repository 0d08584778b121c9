import { Field, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination, urlWith } from '../../../ui/pagination.js';
import type { KnowledgeResults } from '../public-service.js';
import { knowledgeAudiences, knowledgeCategories } from '../schema.js';
import { audienceLabel, categoryLabel } from './knowledge-labels.js';
import { Snippet } from './snippet.js';

/** GET /knowledge: the knowledge base, searchable with a plain GET form (works without JavaScript). */
export function KnowledgeIndexPage(props: { results: KnowledgeResults; centers: { id: string; name: string }[] }) {
  const { t, url } = usePage();
  const { page, search, suggestion } = props.results;
  const filtered = Boolean(search.q || search.category || search.audience || search.center);
  return (
    <>
      <h1>{t('knowledge.title')}</h1>
      <p class="lead">{t('knowledge.lead')}</p>
      <p>
        <a href="/knowledge/faq">{t('knowledge.faq.link')}</a> · <a href="/ask">{t('inquiries.ask.title')}</a>
      </p>
      <form method="get" action="/knowledge" role="search" class="toolbar">
        <Field
          name="q"
          type="search"
          label={t('knowledge.search.label')}
          hint={t('knowledge.search.hint')}
          value={search.q}
          maxLength={200}
          autocomplete="off"
        />
        <SelectField
          name="category"
          label={t('knowledge.search.category')}
          options={knowledgeCategories.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
          value={search.category ?? ''}
          emptyLabel={t('knowledge.search.any')}
        />
        <SelectField
          name="audience"
          label={t('knowledge.search.audience')}
          options={knowledgeAudiences.map((a) => ({ value: a, label: t(audienceLabel(a)) }))}
          value={search.audience ?? ''}
          emptyLabel={t('knowledge.search.any')}
        />
        {props.centers.length > 0 && (
          <SelectField
            name="center"
            label={t('knowledge.search.center')}
            hint={t('knowledge.search.centerHint')}
            options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={search.center ?? ''}
            emptyLabel={t('knowledge.search.anyCenter')}
          />
        )}
        <div class="field">
          <button type="submit">{t('knowledge.search.submit')}</button>
        </div>
      </form>
      {page.total > 0 ? (
        <>
          <p aria-live="polite">{t('knowledge.results.count', { count: page.total })}</p>
          <ul class="result-list">
            {page.items.map((a) => (
              <li>
                <h2 class="result-title">
                  <a href={`/knowledge/${a.slug}`}>{a.title}</a>
                </h2>
                <p class="muted small">
                  {a.kind === 'faq' ? `${t('knowledge.kind.faq')} · ` : ''}
                  {t(categoryLabel(a.category))}
                  {a.centerName && ` · ${t('knowledge.article.localOf', { center: a.centerName })}`}
                </p>
                {a.snippet ? <Snippet text={a.snippet} /> : <p>{a.summary}</p>}
              </li>
            ))}
          </ul>
          <Pagination page={page} />
        </>
      ) : (
        <div aria-live="polite">
          <p>{filtered ? t('knowledge.results.none') : t('knowledge.results.empty')}</p>
          {suggestion && (
            <p>
              {t('knowledge.results.suggestion')} <a href={urlWith(url, { q: suggestion, page: undefined })}>{suggestion}</a>
            </p>
          )}
        </div>
      )}
    </>
  );
}
