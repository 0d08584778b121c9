/** The content types a document of an advocacy action may have (the database checks the same). */
export const pdfType = 'application/pdf';
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The document's type read from its content, not from its name or the browser's claim: a PDF starts
 * with "%PDF-"; a DOCX is a ZIP ("PK\x03\x04") whose entries include "word/" (an entry's name is stored
 * in the clear in its local header, so a search of the bytes finds it). Anything else is undefined.
 */
export function documentTypeOf(content: Buffer): typeof pdfType | typeof docxType | undefined {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return pdfType;
  const zip = content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (zip && content.includes('word/', 0, 'latin1')) return docxType;
  return undefined;
}

/** The name a download is offered under: the uploaded name's last part without control characters, with the type's extension. */
export function safeFileName(name: string, type: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(0, 150);
  const extension = type === pdfType ? '.pdf' : '.docx';
  if (!base) return `dokumentum${extension}`;
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}
