import type { ComponentChildren } from 'preact';

/** http(s) URLs up to the first space or bracket-like character. */
const urlPattern = /https?:\/\/[^\s<>"'`{}|\\^]+/g;
/** Sentence punctuation right after a URL belongs to the sentence, not the link. */
const trailingPunctuation = /[.,;:!?)\]]+$/;

/**
 * Turns the http(s) URLs of a plain text (an e-mail, a legal source citation) into links and keeps everything else as text.
 * It builds nodes, never an HTML string, so the renderer escapes all of it; other schemes
 * (javascript:, data:) are never linked.
 */
export function linkifiedText(text: string): ComponentChildren[] {
  const nodes: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    const url = match[0].replace(trailingPunctuation, '');
    if (!URL.canParse(url)) continue;
    if (start > last) nodes.push(text.slice(last, start));
    nodes.push(<a href={url}>{url}</a>);
    last = start + url.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
