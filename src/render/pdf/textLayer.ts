import { requireFromPdfmake } from './pdfmakeInternals.js';
import { saraAmCodes, ownCodePoints, type FontCodes } from './saraAmCodes.js';

/**
 * The text layer: what a reader gets when searching or copying, in every viewer.
 *
 * Sarabun never draws the precomposed ำ: its shaping gives nikhahit (or a nikhahit+tone ligature,
 * or a `.narrow` form after ป ฝ ฟ) followed by sara aa. pdfkit writes one ToUnicode entry per glyph,
 * so extraction gives "ำา". Two corrections, both invisible on the page:
 *
 * 1. /ActualText spans around runs whose extraction from glyphs alone would be wrong (ำ, and marks
 *    drawn with an offset). poppler and PDFium honour them.
 * 2. pdf.js (Firefox) ignores /ActualText when extracting and copying (pdf.js 4.10: it reads
 *    ActualText only from the structure tree). For pdf.js the glyphs of a shaped ำ get character
 *    codes of their own (saraAmCodes.ts): the aa part code 0x0E33 → "ำ"; the bare nikhahit part a
 *    format-character code (0x200B, 0x200C, …) with an EMPTY ToUnicode entry, so pdf.js falls back to
 *    the code, a format character it skips, while poppler drops it; a nikhahit+tone ligature keeps its
 *    code and maps to the tone alone. The text then reads consonant, tone, ำ: Unicode order. The extra
 *    codes reach their glyphs through a CIDToGIDMap stream, with their widths in W.
 *
 * To drop (2) if pdf.js ever extracts /ActualText for getTextContent and copy: delete the glyphCodes,
 * descendantFontExtra and toUnicodeExtra hooks below (or call setSaraAmCodesEnabled(false) once) and
 * saraAmCodes' code allocation, and the matching hunks of patches/pdfkit+0.19.1.patch. Keep ownCodePoints: without it a sara aa
 * first drawn inside a ำ would leave every later า with an empty entry. tests/render/textLayer.test.ts
 * says whether every viewer still reads the words exactly (its pdf.js test then passes without (2)).
 */

/** Runs whose extraction from glyphs alone would be wrong: ำ and marks the shaper draws with an offset. */
const NEEDS_ACTUAL_TEXT = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/;

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface PdfRef {
  data: Record<string, unknown>;
  end(chunk?: string | Buffer): void;
}
interface PdfKitDocument {
  subset?: number;
  addContent(s: string): unknown;
  ref(data?: object): PdfRef;
}
/** pdfkit's EmbeddedFont (not exported: reached through a font instance). */
export interface EmbeddedFontLike {
  document: PdfKitDocument;
  font: { numGlyphs: number; characterSet: number[]; glyphForCodePoint(codePoint: number): { id: number } };
  subset: { glyphs: number[]; cff?: unknown; includeGlyph(id: number): number };
  unicode: number[][];
  widths: number[];
  scale: number;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
  /** Hooks added by patches/pdfkit+0.19.1.patch (pdfkit calls each only if it is set). */
  descendantFontExtra?(dictionary: Record<string, unknown>): void;
  glyphCodes?(text: string, glyphs: Glyph[]): Map<number, number> | undefined;
  glyphCodePoints?(glyph: Glyph): number[];
  toUnicodeExtra?(): string;
  __charOfGlyph?: Map<number, number>;
  __saraAaGlyph?: number;
  __codes?: FontCodes;
  __textLayerPatched?: boolean;
}

let applied = false;
/** Off: every glyph drawn by its subset index, as pdfkit does (tests compare the pages). */
let codesEnabled = true;

/** Turns the ำ codes off or on again; the drawn pages must not differ (tests/render/textLayer.test.ts). */
export function setSaraAmCodesEnabled(on: boolean): void {
  codesEnabled = on;
}

export function applyTextLayerPatches(): void {
  if (applied) return;
  applied = true;
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

const hex4 = (n: number) => `0000${n.toString(16)}`.slice(-4);

function patchFontClass(proto: EmbeddedFontLike): void {
  if (!proto || proto.__textLayerPatched || !('encode' in proto)) return;
  proto.__textLayerPatched = true;

  // Hooks that patches/pdfkit+0.19.1.patch adds to pdfkit 0.19.1's EmbeddedFont.prototype.encode
  // (js/pdfkit.js): each glyph's code chosen by saraAmCodes (the glyph's subset index unless it is
  // part of a ำ), and each glyph's own ToUnicode entry taken from ownCodePoints.
  proto.glyphCodes = function (this: EmbeddedFontLike, text, glyphs) {
    return codesEnabled ? saraAmCodes(this, text, glyphs) : undefined;
  };
  proto.glyphCodePoints = function (this: EmbeddedFontLike, glyph) {
    return ownCodePoints(this, glyph);
  };

  // The hook patches/pdfkit+0.19.1.patch adds to EmbeddedFont.prototype.embed, called with the CIDFont
  // dictionary before it is written: the extra codes' widths after pdfkit's W, and a CIDToGIDMap
  // stream instead of Identity.
  proto.descendantFontExtra = function (this: EmbeddedFontLike, dictionary) {
    const extra = this.__codes?.extra;
    if (!extra?.size || dictionary.Subtype !== 'CIDFontType2' || dictionary.CIDToGIDMap !== 'Identity') return;
    const codes = [...extra.keys()].sort((a, b) => a - b);
    dictionary.W = [...(dictionary.W as unknown[]), ...codes.flatMap((code) => [code, [this.widths[extra.get(code)!.gid]]])];
    const map = this.document.ref({});
    map.end(cidToGidMap(this.subset.glyphs.length, extra));
    dictionary.CIDToGIDMap = map;
  };

  // The hook patches/pdfkit+0.19.1.patch adds to EmbeddedFont.prototype.toUnicodeCmap: the extra
  // codes in bfchar blocks after pdfkit's bfrange arrays (an empty destination inside a bfrange array
  // is misread by pypdf).
  proto.toUnicodeExtra = function (this: EmbeddedFontLike) {
    const extra = this.__codes?.extra;
    return extra?.size ? bfcharBlocks(extra) : '';
  };
}

/** Codes below `identityCount` are glyph indices (pdfkit's Identity); the extra codes map to theirs. */
function cidToGidMap(identityCount: number, extra: Map<number, { gid: number }>): Buffer {
  const max = Math.max(identityCount - 1, ...extra.keys());
  const map = Buffer.alloc(2 * (max + 1));
  for (let code = 0; code < identityCount; code++) map.writeUInt16BE(code, 2 * code);
  for (const [code, { gid }] of extra) map.writeUInt16BE(gid, 2 * code);
  return map;
}

function utf16(codePoints: readonly number[]): string {
  return codePoints
    .flatMap((cp) => (cp > 0xffff ? [0xd800 | (((cp - 0x10000) >>> 10) & 0x3ff), 0xdc00 | ((cp - 0x10000) & 0x3ff)] : [cp]))
    .map(hex4)
    .join(' ');
}

/** The extra codes as bfchar blocks of at most 100 entries, each ending in a newline. */
function bfcharBlocks(extra: Map<number, { text: number[] }>): string {
  const chars = [...extra.keys()].sort((a, b) => a - b).map((code) => `<${hex4(code)}> <${utf16(extra.get(code)!.text)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const block = chars.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar\n`);
  }
  return blocks.join('');
}

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
