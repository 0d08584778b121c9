import { PDFParse } from 'pdf-parse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text a PDF reader extracts in content order (what a search or a copy and paste sees). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** A structure element as pdf.js reads it: its role, the text of its own marked content, its alternate text, its children. */
export type TaggedNode = { role: string; text: string; alt: string | null; children: TaggedNode[] };

export type TaggedPdfReading = {
  /** MarkInfo /Marked in the catalog. */
  marked: boolean;
  /** The catalog's /Lang. */
  lang: string | null;
  /** /Title in the document information. */
  title: string | null;
  /** ViewerPreferences /DisplayDocTitle: a viewer shows the title, not the file name. */
  displayDocTitle: boolean;
  /** Every page has a structure tree. */
  everyPageTagged: boolean;
  /** The elements under each page's tree root, page after page (an element that runs over a page break appears on both). */
  tree: TaggedNode[];
  /** The elements that hold content (text or alternate text), in tree order: what a screen reader reads, in that order. */
  reading: { role: string; text: string }[];
  /** Text drawn outside any structure element and outside any artifact (nothing, in a well tagged PDF). */
  untagged: string;
};

type RawNode = { role?: string; alt?: string; type?: string; id?: string; children?: RawNode[] };
type RawTextItem = { type?: string; id?: string; tag?: string; str?: string; hasEOL?: boolean };

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a PDF the way an assistive client does, with pdf.js (the library Firefox and many readers
 * use): the catalog (MarkInfo, Lang, DisplayDocTitle), the document title, and each page's
 * structure tree with the text of every marked-content sequence the tree points to.
 */
export async function readTaggedPdf(pdf: Buffer): Promise<TaggedPdfReading> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const { info } = (await doc.getMetadata()) as { info: { Language?: string | null; Title?: string } };
    const markInfo = await doc.getMarkInfo();
    const preferences = (await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    const tree: TaggedNode[] = [];
    let untagged = '';
    let everyPageTagged = true;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      // The text of each marked-content id; text outside any marked content is untagged, inside an artifact it is skipped.
      const texts = new Map<string, string>();
      const open: (string | null)[] = [];
      for (const item of content.items as RawTextItem[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          open.push(item.tag === 'Artifact' ? null : (item.id ?? null));
        } else if (item.type === 'endMarkedContent') {
          open.pop();
        } else if (item.str !== undefined) {
          const piece = item.str + (item.hasEOL ? '\n' : '');
          const id = open.at(-1);
          if (open.length === 0) untagged += piece;
          else if (id) texts.set(id, (texts.get(id) ?? '') + piece);
        }
      }
      const root = (await page.getStructTree()) as RawNode | null;
      if (!root) everyPageTagged = false;
      const toNode = (raw: RawNode): TaggedNode => ({
        role: raw.role ?? '',
        text: tidy(
          (raw.children ?? [])
            .filter((c) => c.type === 'content' && c.id)
            .map((c) => texts.get(c.id as string) ?? '')
            .join(' '),
        ),
        alt: raw.alt ?? null,
        children: (raw.children ?? []).filter((c) => c.role !== undefined).map(toNode),
      });
      tree.push(...(root?.children ?? []).filter((c) => c.role !== undefined).map(toNode));
    }
    const reading: TaggedPdfReading['reading'] = [];
    const walk = (node: TaggedNode) => {
      if (node.text || node.alt) reading.push({ role: node.role, text: node.text || (node.alt ?? '') });
      node.children.forEach(walk);
    };
    tree.forEach(walk);
    return {
      marked: markInfo?.Marked === true,
      lang: info.Language ?? null,
      title: info.Title ?? null,
      displayDocTitle: preferences?.DisplayDocTitle === true,
      everyPageTagged,
      tree,
      reading,
      untagged: tidy(untagged),
    };
  } finally {
    await doc.destroy();
  }
}

/** The nodes of `role` anywhere in the tree, in tree order. */
export function taggedNodes(tree: TaggedNode[], role: string): TaggedNode[] {
  return tree.flatMap((node) => [...(node.role === role ? [node] : []), ...taggedNodes(node.children, role)]);
}

/** The first of `parts` that does not occur in `text` after the previous one (null: all of them occur, in this order). */
export function firstOutOfOrder(text: string, parts: string[]): string | null {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return null;
}
