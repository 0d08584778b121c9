import { type ChangeObject, diffArrays, diffLines, diffWords } from 'diff';

/**
 * The differences between two versions of an article, field by field, as lines of marked parts (jsdiff):
 * the title and summary word by word; the body line by line, and a changed paragraph word by word
 * inside it; the category, audiences and sources item by item. Pure: the view turns the parts into
 * <ins>/<del> with words for screen readers.
 */

export type DiffChange = 'same' | 'added' | 'removed';
export type DiffPart = { change: DiffChange; text: string };
/** A field's text as lines, each a run of parts. */
export type DiffLines = DiffPart[][];

/** How long one word-level comparison may take before the whole passage is shown as replaced. */
const wordDiffTimeoutMs = 500;
/** Passages longer than this are compared by line only: a word diff of two long texts costs more than it shows. */
const maxWordDiffLength = 20_000;

const changeOf = (c: { added: boolean; removed: boolean }): DiffChange => (c.added ? 'added' : c.removed ? 'removed' : 'same');

/** Splits parts at line breaks into lines (a part spanning lines becomes one part per line). */
function intoLines(parts: DiffPart[]): DiffLines {
  const lines: DiffLines = [[]];
  for (const part of parts) {
    part.text.split('\n').forEach((segment, i) => {
      if (i > 0) lines.push([]);
      if (segment) (lines[lines.length - 1] as DiffPart[]).push({ change: part.change, text: segment });
    });
  }
  return lines;
}

/** The whole of `older` removed and `newer` added: what is shown when a finer comparison is not worth it. */
const replaced = (older: string, newer: string): DiffPart[] => [
  ...(older ? [{ change: 'removed' as const, text: older }] : []),
  ...(newer ? [{ change: 'added' as const, text: newer }] : []),
];

/** Word by word (Hungarian letters count as letters), or the passage replaced when too long or too slow. */
export function wordDifferences(older: string, newer: string): DiffPart[] {
  if (older === newer) return older ? [{ change: 'same', text: older }] : [];
  if (older.length + newer.length > maxWordDiffLength) return replaced(older, newer);
  const changes: ChangeObject<string>[] | undefined = diffWords(older, newer, { timeout: wordDiffTimeoutMs });
  if (!changes) return replaced(older, newer);
  return changes.map((c) => ({ change: changeOf(c), text: c.value }));
}

/** Line by line; a removed passage followed by its replacement is compared word by word. */
export function textDifferences(older: string, newer: string): DiffLines {
  const changes = diffLines(older.replace(/\r\n?/g, '\n'), newer.replace(/\r\n?/g, '\n'), { timeout: wordDiffTimeoutMs }) as ChangeObject<string>[] | undefined;
  if (!changes) return intoLines(replaced(older, newer));
  const parts: DiffPart[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as ChangeObject<string>;
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      // Compared without their last line break, which both have: it stays a plain line break.
      const endsWithBreak = c.value.endsWith('\n') && next.value.endsWith('\n');
      const cut = (s: string) => (endsWithBreak ? s.slice(0, -1) : s);
      parts.push(...wordDifferences(cut(c.value), cut(next.value)));
      if (endsWithBreak) parts.push({ change: 'same', text: '\n' });
      i++;
    } else {
      parts.push({ change: changeOf(c), text: c.value });
    }
  }
  const lines = intoLines(parts);
  // The text's own final line break leaves no empty last line.
  if (lines.length > 1 && (lines[lines.length - 1] as DiffPart[]).length === 0) lines.pop();
  return lines;
}

/** Item by item (audiences, sources): each item one line, kept, added or removed. */
export function listDifferences(older: readonly string[], newer: readonly string[]): DiffLines {
  const lines: DiffLines = [];
  for (const c of diffArrays([...older], [...newer])) {
    for (const item of c.value) lines.push([{ change: changeOf(c), text: item }]);
  }
  return lines;
}

/** Whether anything was added or removed. */
export const hasChanges = (lines: DiffLines): boolean => lines.some((line) => line.some((p) => p.change !== 'same'));

/** The fields of a version that are compared, in the order the page shows them. */
export const comparedFields = ['title', 'summary', 'body', 'category', 'audiences', 'sources', 'lastCheckedOn'] as const;
export type ComparedField = (typeof comparedFields)[number];

export type ComparedContent = {
  title: string;
  summary: string;
  body: string;
  category: string;
  audiences: readonly string[];
  sources: readonly { citation: string; label: string; url?: string }[];
  lastCheckedOn?: string;
};

/** How a category, an audience and a calendar day read to the editor (their language). */
export type ContentLabels = { category(code: string): string; audience(code: string): string; day(isoDay: string): string };

export type FieldDifferences = { field: ComparedField; lines: DiffLines; changed: boolean };

const sourceText = (s: ComparedContent['sources'][number]) => `${s.citation} – ${s.label}${s.url ? ` (${s.url})` : ''}`;

/** Every compared field of two versions, with its differences (`changed` false: the same in both). */
export function compareVersions(older: ComparedContent, newer: ComparedContent, labels: ContentLabels): FieldDifferences[] {
  const day = (d?: string) => (d ? labels.day(d) : '');
  const lines: Record<ComparedField, DiffLines> = {
    title: [wordDifferences(older.title, newer.title)],
    summary: [wordDifferences(older.summary, newer.summary)],
    body: textDifferences(older.body, newer.body),
    category: [wordDifferences(labels.category(older.category), labels.category(newer.category))],
    audiences: listDifferences(older.audiences.map(labels.audience), newer.audiences.map(labels.audience)),
    sources: listDifferences(older.sources.map(sourceText), newer.sources.map(sourceText)),
    lastCheckedOn: [
      older.lastCheckedOn === newer.lastCheckedOn
        ? wordDifferences(day(newer.lastCheckedOn), day(newer.lastCheckedOn))
        : replaced(day(older.lastCheckedOn), day(newer.lastCheckedOn)),
    ],
  };
  return comparedFields.map((field) => ({ field, lines: lines[field], changed: hasChanges(lines[field]) }));
}
