import type PDFDocumentClass from 'pdfkit';
import { embeddedFonts } from './pdf-fonts.js';

/**
 * A tagged A4 PDF (PDF 1.7, pdfkit's tagged mode): the catalog says MarkInfo Marked, carries the
 * document language and a structure tree, and a viewer shows the title instead of the file name.
 * Everything on the page is either a structure element (H1, P, L, Table…) added in reading order,
 * or an artifact (rules, signature lines) that a screen reader skips. The fonts are DejaVu Sans
 * ('body', 'bold'), which have ő and ű.
 */
export type TaggedPdfOptions = {
  title: string;
  /** The document's language as a BCP 47 tag ('hu-HU'); individual elements may differ. */
  lang: string;
  /** Creation and modification date: the same document always renders the same text. */
  createdAt: Date;
};

/** pdfkit 0.20 also takes these, its typings do not yet: a table cell's scope, a figure's box (left, top, right, bottom). */
export type ElementOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column' | 'Both';
  bbox?: [number, number, number, number];
};

export type StructureElement = PDFKit.PDFStructureElement;

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  /** The Document element: the root of the reading order. */
  readonly root: StructureElement;
  private readonly done: Promise<Buffer>;

  /** pdfkit is loaded with the first PDF, not at start (issue 13: start time and memory). */
  static async create(options: TaggedPdfOptions): Promise<TaggedPdf> {
    const { default: PDFDocument } = await import('pdfkit');
    return new TaggedPdf(options, PDFDocument);
  }

  private constructor(options: TaggedPdfOptions, PDFDocument: typeof PDFDocumentClass) {
    const { regular, bold } = embeddedFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      // pdfkit takes the font's bytes here as in font() (a PDFFontSource); its typings only say string.
      font: regular as unknown as string,
      pdfVersion: '1.7',
      tagged: true,
      lang: options.lang,
      displayTitle: true,
      info: { Title: options.title, Author: 'Kapocs', CreationDate: options.createdAt, ModDate: options.createdAt },
    });
    this.doc.registerFont('body', regular);
    this.doc.registerFont('bold', bold);
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /** Draws one leaf element (H1, P, TD, Lbl, Figure…) under `parent`: `draw` runs now, so drawing order is reading order. */
  block(parent: StructureElement, type: string, draw: () => void, options: ElementOptions = {}): StructureElement {
    const element = this.doc.struct(type, options, draw);
    parent.add(element);
    return element;
  }

  /** A grouping element (L, LI, LBody, Table, TR) whose children `fill` adds; ended when `fill` returns. */
  group(parent: StructureElement, type: string, fill: (element: StructureElement) => void): StructureElement {
    const element = this.doc.struct(type);
    parent.add(element);
    fill(element);
    element.end();
    return element;
  }

  /** Decoration that carries no content (rules, signature lines): left out of what a screen reader reads. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * A signature line at (x, y), `width` wide (an artifact), with the signer's name in bold (when
   * known) and their role under it, centred; returns the y below the role.
   */
  signatureLine(at: { x: number; y: number; width: number }, name: string | null, role: string): number {
    const { x, y, width } = at;
    const pdf = this.doc;
    this.artifact(() =>
      pdf
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(0.5)
        .stroke(),
    );
    let lineY = y + 4;
    if (name) {
      this.block(this.root, 'P', () => pdf.font('bold').fontSize(10).text(name, x, lineY, { width, align: 'center' }));
      lineY = pdf.y;
    }
    this.block(this.root, 'P', () => pdf.font('body').fontSize(9).text(role, x, lineY, { width, align: 'center' }));
    return pdf.y;
  }

  /** Ends the structure tree and the document; resolves to the PDF's bytes. */
  finish(): Promise<Buffer> {
    this.root.end();
    this.doc.end();
    return this.done;
  }
}
