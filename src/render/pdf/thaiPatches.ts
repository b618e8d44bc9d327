import { createRequire } from 'node:module';
import { mergeBreaks } from '../../thai/lineBreak.js';

/**
 * pdfmake needs two corrections for Thai, applied once to the very module instances it uses:
 *
 * 1. Line breaking. pdfmake splits text at the opportunities the `linebreak` package (UAX #14) finds,
 *    and Thai has none inside a phrase. We add Thai word boundaries and remove breaks inside no-break
 *    spans (see thai/lineBreak.ts). Nothing is inserted into the text itself.
 * 2. The text layer. Sarabun draws ำ as two glyphs (nikhahit + sara aa) and pdfkit maps each glyph
 *    back to a character, so extraction gives "ำา"; marks drawn with an offset come out detached.
 *    Such runs are wrapped in an /ActualText span carrying the real characters. (poppler honours it;
 *    pdf.js ignores ActualText and still reads "ำา". A ToUnicode entry mapping the second glyph to
 *    nothing was tried: pdf.js then falls back to the glyph's code and reads "ำ2", which is worse.)
 */
const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));

interface Break {
  position: number;
  required: boolean;
}
interface LineBreakerLike {
  string: string;
  nextBreak(): Break | null;
  __thaiBreaks?: Break[];
}

let applied = false;

/**
 * Runs whose extraction from glyphs alone would be wrong: ำ (drawn as two glyphs) and marks that
 * the shaper positions with an offset (tone marks over upper vowels), which poppler would otherwise
 * read as a separate word.
 */
const NEEDS_ACTUAL_TEXT = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/;

export function applyThaiPatches(): void {
  if (applied) return;
  applied = true;

  const LineBreaker = requireFromPdfmake('linebreak') as { prototype: LineBreakerLike };
  const originalNextBreak = LineBreaker.prototype.nextBreak;
  LineBreaker.prototype.nextBreak = function nextBreak(this: LineBreakerLike): Break | null {
    if (!this.__thaiBreaks) {
      const unicode: Break[] = [];
      for (let b = originalNextBreak.call(this); b; b = originalNextBreak.call(this)) {
        unicode.push({ position: b.position, required: b.required });
      }
      this.__thaiBreaks = mergeBreaks(this.string, unicode).reverse();
    }
    return this.__thaiBreaks.pop() ?? null;
  };

  const PDFDocument = requireFromPdfmake('pdfkit') as {
    prototype: { _fragment(text: string, x: number, y: number, options: unknown): void; addContent(s: string): unknown };
  };
  const originalFragment = PDFDocument.prototype._fragment;
  PDFDocument.prototype._fragment = function fragment(text, x, y, options) {
    if (!NEEDS_ACTUAL_TEXT.test(text)) return originalFragment.call(this, text, x, y, options);
    // The span must sit inside BT … ET, after the font is set: poppler reads the font size at EMC.
    const addContent = this.addContent;
    this.addContent = function (this: typeof PDFDocument.prototype, content: string) {
      if (content === 'ET') addContent.call(this, 'EMC');
      addContent.call(this, content);
      if (content.endsWith(' Tf')) addContent.call(this, `/Span <</ActualText <${utf16Hex(text)}>>> BDC`);
      return this;
    };
    try {
      originalFragment.call(this, text, x, y, options);
    } finally {
      this.addContent = addContent;
    }
  };
}

/** A PDF text string in UTF-16BE with byte-order mark, as hex. */
export function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}
