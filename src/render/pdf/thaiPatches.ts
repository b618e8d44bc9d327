import { requireFromPdfmake } from './pdfmakeInternals.js';
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
interface Break {
  position: number;
  required: boolean;
}
interface LineBreakerLike {
  string: string;
  nextBreak(): Break | null;
  __thaiBreaks?: readonly Break[];
  __next?: number;
}

let applied = false;

/**
 * pdfmake measures most texts twice (and a table cell's more often); their breaks are the same
 * each time. Bounded, so a long-running process does not grow without end.
 */
const breaksOfText = new Map<string, readonly Break[]>();
const MAX_CACHED_TEXTS = 20_000;

/** The names of the document being laid out (Doc meta), kept whole by the line breaker. */
let documentNames: readonly string[] = [];

/** Sets the names the line breaker keeps whole; renderPdf calls it before each layout (builds render one document at a time). */
export function keepNamesWhole(names: readonly string[]): void {
  if (names.join('\n') === documentNames.join('\n')) return;
  documentNames = [...names];
  breaksOfText.clear();
}

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
      let breaks = breaksOfText.get(this.string);
      if (!breaks) {
        const unicode: Break[] = [];
        for (let b = originalNextBreak.call(this); b; b = originalNextBreak.call(this)) {
          unicode.push({ position: b.position, required: b.required });
        }
        breaks = mergeBreaks(this.string, unicode, documentNames);
        if (breaksOfText.size >= MAX_CACHED_TEXTS) breaksOfText.clear();
        breaksOfText.set(this.string, breaks);
      }
      this.__thaiBreaks = breaks;
      this.__next = 0;
    }
    return this.__thaiBreaks[this.__next!++] ?? null;
  };

  const PDFDocument = requireFromPdfmake('pdfkit') as {
    prototype: PdfKitDocument & { _fragment(text: string, x: number, y: number, options: unknown): void };
  };
  const originalFragment = PDFDocument.prototype._fragment;
  PDFDocument.prototype._fragment = function fragment(text, x, y, options) {
    patchFontClass(Object.getPrototypeOf((this as unknown as { _font: object })._font) as EmbeddedFontLike);
    if (!NEEDS_ACTUAL_TEXT.test(text)) return originalFragment.call(this, text, x, y, options);
    withActualText(this, text, () => originalFragment.call(this, text, x, y, options));
  };
}

interface EmbeddedFontLike {
  encode(text: string, features: unknown): [string[], unknown[]];
  font: { characterSet: number[]; glyphForCodePoint(codePoint: number): { id: number } };
  subset: { glyphs: number[] };
  unicode: number[][];
  __charOfGlyph?: Map<number, number>;
  __thaiPatched?: boolean;
}

/**
 * pdfkit maps each subset glyph to the code points fontkit reported the first time the glyph was
 * drawn. When sara aa is first drawn as the second half of an ำ, fontkit reports none, and every
 * later า would extract as nothing. Glyphs recorded without code points get the character the font's
 * own cmap gives them. (pdfkit's EmbeddedFont is not exported: it is reached through a font instance.)
 */
function patchFontClass(proto: EmbeddedFontLike): void {
  if (!proto || proto.__thaiPatched || typeof proto.encode !== 'function') return;
  proto.__thaiPatched = true;
  const originalEncode = proto.encode;
  proto.encode = function encode(this: EmbeddedFontLike, text, features) {
    const result = originalEncode.call(this, text, features);
    for (const hex of result[0]) {
      const cid = parseInt(hex, 16);
      if (this.unicode[cid]?.length === 0) {
        const char = charOfGlyph(this).get(this.subset.glyphs[cid]!);
        if (char !== undefined) this.unicode[cid] = [char];
      }
    }
    return result;
  };
}

function charOfGlyph(font: EmbeddedFontLike): Map<number, number> {
  if (!font.__charOfGlyph) {
    font.__charOfGlyph = new Map();
    for (const cp of font.font.characterSet) {
      const id = font.font.glyphForCodePoint(cp).id;
      if (!font.__charOfGlyph.has(id)) font.__charOfGlyph.set(id, cp);
    }
  }
  return font.__charOfGlyph;
}

type PdfKitDocument = { addContent(s: string): unknown };

/** Wraps what `draw` writes in /ActualText, inside BT … ET after the font is set (poppler reads the font size at EMC). */
function withActualText(doc: PdfKitDocument, text: string, draw: () => void): void {
  const addContent = doc.addContent;
  doc.addContent = function (this: PdfKitDocument, content: string) {
    if (content === 'ET') addContent.call(this, 'EMC');
    addContent.call(this, content);
    if (content.endsWith(' Tf')) addContent.call(this, `/Span <</ActualText <${utf16Hex(text)}>>> BDC`);
    return this;
  };
  try {
    draw();
  } finally {
    doc.addContent = addContent;
  }
}

/** A PDF text string in UTF-16BE with byte-order mark, as hex. */
export function utf16Hex(text: string): string {
  return `FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}`;
}
