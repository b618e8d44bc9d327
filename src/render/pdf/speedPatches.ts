import { requireFromPdfmake } from './pdfmakeInternals.js';

/**
 * Three changes that make pdfmake fast on Thai without changing a single drawn glyph.
 *
 * Thai has no spaces, so every word is an inline of its own: the plan has tens of thousands.
 * pdfmake resolves ~20 style properties per inline by walking the style stack, copies the rest of
 * the paragraph for every inline it places, and draws every inline as a text object of its own
 * (BT … Tm … TJ … ET). These costs scale with the number of words, not of styled runs.
 *
 * 1. `measure` (pdfmake 0.3.11 TextInlines.prototype.measure) resolves a run's style once, and
 * 2. `buildNextLine` (LayoutBuilder.prototype.buildNextLine with Line.prototype.hasEnoughSpaceForInline)
 *    fits a word without copying the paragraph's remaining words: both are small edits of pdfmake's
 *    own files, kept as a diff in patches/pdfmake+0.3.11.patch and applied by patch-package when
 *    the packages are installed (see README.md in this folder). Nothing here.
 * 3. `renderLine`, this file: adjacent inlines of one style that touch (the next begins where the
 *    previous ends, as in every left-, centre- or right-aligned line) are drawn as one text object.
 *    The font lays the run out from the same per-word glyph runs it measured (pdfkit's layout cache),
 *    so the glyphs and their positions are exactly those of drawing word by word.
 */

/** An inline the layout has placed on a line (pdfmake 0.3.11's measured word, with its x). */
interface PlacedInline {
  text: string;
  font: PdfKitFont;
  width: number;
  trailingCut: number;
  x: number;
  [key: string]: unknown;
}
interface PdfKitFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): GlyphLayout;
}
interface GlyphLayout {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

let applied = false;
/** Off: pdfmake's word-by-word drawing (tests compare the two). */
let enabled = true;

/** Pieces a merged inline was made of, by its text, while its line is being drawn. */
const piecesOfMergedText = new Map<string, string[]>();

/**
 * Turns the joined drawing off or on again (on once applied). The rendered pages must not differ;
 * tests/render/speedPatches.test.ts compares them. (The measure and line-fitting changes are in
 * pdfmake's files themselves and always on; that test compares them with pdfmake's own.)
 */
export function setSpeedPatchesEnabled(on: boolean): void {
  enabled = on;
}

export function applySpeedPatches(): void {
  if (applied) return;
  applied = true;
  patchRenderLine();
}

/** Properties that must agree for two inlines to be drawn as one text object. */
const DRAWN_ALIKE = ['font', 'fontSize', 'color', 'opacity', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background'] as const;

function canJoin(a: PlacedInline, b: PlacedInline): boolean {
  for (const key of DRAWN_ALIKE) if (a[key] !== b[key]) return false;
  for (const x of [a, b]) {
    if (x.characterSpacing || x.fontFeatures || x.link || x.linkToPage || x.linkToDestination || x.sup || x.sub || x._pageNodeRef || x.justifyShift) return false;
  }
  return Math.abs(a.x + a.width - b.x) < 0.001;
}

function joinRuns(inlines: PlacedInline[]): PlacedInline[] {
  const out: PlacedInline[] = [];
  for (let start = 0; start < inlines.length; ) {
    let end = start + 1;
    while (end < inlines.length && canJoin(inlines[end - 1]!, inlines[end]!)) end++;
    const first = inlines[start]!;
    if (end - start === 1) out.push(first);
    else {
      const run = inlines.slice(start, end);
      const text = run.map((inline) => inline.text).join('');
      piecesOfMergedText.set(text, run.map((inline) => inline.text));
      out.push({ ...first, text, width: run.reduce((sum, inline) => sum + inline.width, 0), trailingCut: run[run.length - 1]!.trailingCut });
    }
    start = end;
  }
  return out;
}

/** Wraps pdfmake 0.3.11 Renderer.prototype.renderLine (js/Renderer.js): the line's touching runs joined while it is drawn. */
function patchRenderLine(): void {
  const { default: Renderer } = requireFromPdfmake('./Renderer.js') as {
    default: { prototype: { renderLine(line: { inlines: PlacedInline[] }, x: number, y: number): unknown } };
  };
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (line, x, y) {
    const inlines = line.inlines;
    if (!enabled || inlines.length < 2) return renderLine.call(this, line, x, y);
    patchFontLayout(inlines[0]!.font);
    line.inlines = joinRuns(inlines);
    try {
      return renderLine.call(this, line, x, y);
    } finally {
      line.inlines = inlines;
      piecesOfMergedText.clear();
    }
  };
}

type FontPrototype = PdfKitFont & { __runsPatched?: boolean };

/**
 * Wraps pdfkit 0.19.1 EmbeddedFont.prototype.layout (js/pdfkit.js): a joined inline is laid out piece
 * by piece, each from the font's cache, as it was measured.
 */
function patchFontLayout(font: PdfKitFont): void {
  const proto = Object.getPrototypeOf(font) as FontPrototype;
  if (proto.__runsPatched || typeof proto.layout !== 'function') return;
  proto.__runsPatched = true;
  const layout = proto.layout;
  proto.layout = function (this: PdfKitFont, text, features, onlyWidth) {
    const pieces = features ? undefined : piecesOfMergedText.get(text);
    if (!pieces) return layout.call(this, text, features, onlyWidth);
    let advanceWidth = 0;
    const glyphs: unknown[] = [];
    const positions: unknown[] = [];
    for (const piece of pieces) {
      const run = layout.call(this, piece, features, onlyWidth);
      advanceWidth += run.advanceWidth;
      if (!onlyWidth) {
        glyphs.push(...run.glyphs!);
        positions.push(...run.positions!);
      }
    }
    return { glyphs: onlyWidth ? null : glyphs, positions: onlyWidth ? null : positions, advanceWidth };
  };
}
