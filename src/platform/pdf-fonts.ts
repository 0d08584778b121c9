import fs from 'node:fs';
import { createRequire } from 'node:module';

// pdfkit's built-in Helvetica garbles ő and ű: every PDF (certificates, contracts) sets its text in
// DejaVu Sans, embedded from the npm package (resolved from node_modules, never a machine path).
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The two font files (about 1 MB together), read on the first PDF and kept, not read per document. */
export function embeddedFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}
