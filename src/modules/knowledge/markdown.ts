import MarkdownIt from 'markdown-it';

/**
 * An article's body as HTML: headings, paragraphs, lists, links, emphasis, quotes and inline code.
 * Raw HTML is not interpreted (`html: false` shows it as text), images are not rendered (a
 * knowledge base links, it does not embed), and markdown-it's link check refuses `javascript:`,
 * `vbscript:`, `file:` and `data:` targets, which then stay plain text. Body headings start one
 * level below the page's own heading: `#` becomes `<h2>`.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['image', 'table']);

const shiftedHeading = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 1)}`;

markdown.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = shiftedHeading(token.tag);
  }
});

/** Safe to put in a page as markup: every text and attribute is escaped by markdown-it. */
export function renderArticleBody(body: string): string {
  return markdown.render(body);
}

/** The body as plain text (for summaries and search snippets): the words without the markup. */
export function articleBodyText(body: string): string {
  const text: string[] = [];
  for (const block of markdown.parse(body, {})) {
    if (block.type === 'inline') text.push((block.children ?? []).map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join(''));
  }
  return text.join(' ').replace(/\s+/g, ' ').trim();
}
