import type { MessageKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { ComparedField, DiffLines, DiffPart, FieldDifferences } from '../diff.js';
import type { ArticleOverview } from '../manage-service.js';
import type { VersionListRow } from '../repo.js';
import { ManageBreadcrumb } from './article-editor-page.js';
import { CompareForm } from './versions-page.js';

/**
 * One marked part: removed text in <del>, added text in <ins>, each also announced in words (screen
 * readers do not read the elements out, and colour alone would tell nothing): "[törölve: …]".
 */
export function DiffPartView({ part }: { part: DiffPart }) {
  const { t } = usePage();
  if (part.change === 'same') return <>{part.text}</>;
  const Tag = part.change === 'added' ? 'ins' : 'del';
  return (
    <Tag>
      <span class="visually-hidden">{t(part.change === 'added' ? 'knowledge.diff.addedStart' : 'knowledge.diff.removedStart')}</span>
      {part.text}
      <span class="visually-hidden">{t('knowledge.diff.end')}</span>
    </Tag>
  );
}

/**
 * A field's differences, one block per line (an empty line keeps its place). A replaced word stands
 * apart from its replacement ("régi új"), so the two do not read as one word.
 */
export function DiffLinesView({ lines }: { lines: DiffLines }) {
  return (
    <div class="diff-text">
      {lines.map((line) => (
        <div class="diff-line">
          {line.length === 0
            ? '\u00a0'
            : line.map((part, i) => (
                <>
                  {part.change === 'added' && line[i - 1]?.change === 'removed' && ' '}
                  <DiffPartView part={part} />
                </>
              ))}
        </div>
      ))}
    </div>
  );
}

const fieldLabel: Record<ComparedField, MessageKey> = {
  title: 'knowledge.field.title',
  summary: 'knowledge.field.summary',
  body: 'knowledge.field.body',
  category: 'knowledge.field.category',
  audiences: 'knowledge.article.audiences',
  sources: 'knowledge.article.sources',
  lastCheckedOn: 'knowledge.field.lastChecked',
};

type Props = { overview: ArticleOverview; versions: VersionListRow[]; from: number; to: number; differences: FieldDifferences[] };

/** GET /knowledge/manage/:articleId/diff?from=&to=: what changed between two versions, field by field. */
export function DiffPage(props: Props) {
  const { t } = usePage();
  const { article, content } = props.overview;
  const base = `/knowledge/manage/${article.id}`;
  const unchanged = props.differences.every((d) => !d.changed);
  return (
    <>
      <ManageBreadcrumb article={{ id: article.id, title: content.title }} />
      <h1>{t('knowledge.diff.title', { from: props.from, to: props.to })}</h1>
      <p class="toolbar">
        <a href={`${base}/versions`}>{t('knowledge.manage.versions')}</a>
        {props.from !== article.latestVersion && (
          <>
            {' · '}
            <a href={`${base}/versions/${props.from}/restore`}>{t('knowledge.diff.restoreFrom', { version: props.from })}</a>
          </>
        )}
      </p>
      {props.versions.length > 1 && <CompareForm articleId={article.id} versions={props.versions} from={props.from} to={props.to} />}
      <p class="hint">{t('knowledge.diff.legend')}</p>
      {unchanged && <p class="empty-state">{t('knowledge.diff.none')}</p>}
      {props.differences.map((d) => (
        <section aria-labelledby={`diff-${d.field}`} class="diff-field">
          <h2 id={`diff-${d.field}`}>{t(fieldLabel[d.field])}</h2>
          {d.changed ? <DiffLinesView lines={d.lines} /> : <p class="muted">{t('knowledge.diff.fieldSame')}</p>}
        </section>
      ))}
    </>
  );
}
