import type { MessageKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';

/**
 * A link to a knowledge-base article where it helps (the contract calculator, the register, a minor's
 * guardian invitation). `slug` names a starter article; its page answers 404 if staff withdrew it.
 */
export function RelatedArticle(props: { slug: string; label: MessageKey }) {
  const { t } = usePage();
  return (
    <p class="related-article">
      {t('knowledge.related.lead')} <a href={`/knowledge/${props.slug}`}>{t(props.label)}</a>
    </p>
  );
}
