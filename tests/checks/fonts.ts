import { execFileSync } from 'node:child_process';
import { requireTool } from '../pdfText.js';

/** The fonts a PDF uses, as `pdffonts` lists them (the logic of the shared pdfcheck.py `fonts`). */
export interface PdfFonts {
  fonts: Array<{ name: string; embedded: boolean }>;
  /** At least one font, and every one embedded: the PDF shows the same on a machine without them. */
  allEmbedded: boolean;
}

export function pdfFonts(pdf: string): PdfFonts {
  requireTool('pdffonts');
  const rows = execFileSync('pdffonts', [pdf]).toString().split('\n').slice(2);
  const fonts: PdfFonts['fonts'] = [];
  for (const row of rows) {
    // name type [type…] encoding emb sub uni object ID: "emb" is the fifth column from the end.
    const parts = row.trim().split(/\s+/);
    if (parts.length < 7) continue;
    fonts.push({ name: parts[0]!, embedded: parts.at(-5) === 'yes' });
  }
  return { fonts, allEmbedded: fonts.length > 0 && fonts.every((f) => f.embedded) };
}
