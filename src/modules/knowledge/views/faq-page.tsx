import { usePage } from '../../../ui/page-context.js';
import type { FaqGroup } from '../public-service.js';
import { categoryLabel } from './knowledge-labels.js';

/** GET /knowledge/faq: the short question-and-answer entries, grouped by topic. */
export function FaqPage(props: { groups: FaqGroup[] }) {
  const { t } = usePage();
  return (
    <>
      <p class="toolbar">
        <a href="/knowledge">{t('knowledge.article.back')}</a>
      </p>
      <h1>{t('knowledge.faq.title')}</h1>
      {props.groups.length === 0 && <p>{t('knowledge.faq.empty')}</p>}
      {props.groups.map((g) => (
        <section aria-labelledby={`faq-${g.category}`}>
          <h2 id={`faq-${g.category}`}>{t(categoryLabel(g.category))}</h2>
          <dl>
            {g.entries.map((e) => (
              <>
                <dt>
                  <a href={`/knowledge/${e.slug}`}>{e.title}</a>
                </dt>
                <dd>{e.summary}</dd>
              </>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
