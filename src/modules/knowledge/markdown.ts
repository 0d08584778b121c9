import MarkdownIt from 'markdown-it';

/**
 * An article's body as HTML: headings, paragraphs, lists, links, emphasis, quotes and inline code.
 * Raw HTML is not interpreted (`html: false` shows it as text), images are not rendered (a
 * knowledge base links, it does not embed), and markdown-it's link check refuses `javascript:`,
 * `vbscript:`, `file:` and `data:` targets, which then stay plain text. The body's top headings
 * become `<h2>`, below the page's own `<h1>`, and the others keep their distance to them.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['image', 'table']);

markdown.core.ruler.push('shift_headings', (state) => {
  const headings = state.tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
  // The body's top headings become <h2>, whether the author wrote "#" or "##": no level is skipped.
  for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - top + 2)}`;
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
