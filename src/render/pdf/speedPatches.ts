import { requireFromPdfmake } from './pdfmakeInternals.js';

/**
 * Two patches that make pdfmake fast on Thai without changing a single drawn glyph.
 *
 * Thai has no spaces, so every word is an inline of its own: the plan has tens of thousands.
 * pdfmake resolves ~20 style properties per inline by walking the style stack, and draws every
 * inline as a text object of its own (BT … Tm … TJ … ET). Both costs scale with the number of
 * inlines, not the number of styled runs.
 *
 * 1. `measure`: the words of one text run carry the same own properties, so their style is resolved
 *    once per run and shared, instead of once per word.
 * 2. `renderLine`: adjacent inlines of one style that touch (the next begins where the previous
 *    ends, as in every left-, centre- or right-aligned line) are drawn as one text object. The font
 *    lays the run out from the same per-word glyph runs it measured (pdfkit's layout cache), so the
 *    glyphs and their positions are exactly those of drawing word by word.
 */

type Resolved = Record<string, unknown>;
interface MeasuredInline {
  text: string;
  font: PdfKitFont;
  fontSize: number;
  width: number;
  height: number;
  leadingCut: number;
  trailingCut: number;
  leadingIndent?: number;
  x: number;
  [key: string]: unknown;
}
interface PdfKitFont {
  lineHeight(size: number): number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): GlyphLayout;
}
interface GlyphLayout {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
type StyleStack = unknown;
type GetStyleProperty = (item: object, stack: StyleStack, property: string, fallback: unknown) => unknown;
interface FontProvider {
  provideFont(name: unknown, bold: unknown, italics: unknown): PdfKitFont;
}

const { default: StyleContextStack } = requireFromPdfmake('./StyleContextStack.js') as { default: { getStyleProperty: GetStyleProperty } };
const getStyleProperty: GetStyleProperty = (item, stack, property, fallback) => StyleContextStack.getStyleProperty(item, stack, property, fallback);

/** Keys a word's inline gets from its position in the run, not from its style. */
const POSITIONAL = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent']);

const LEADING = /^(\s)+/;
const TRAILING = /(\s)+$/;

function sameOwnStyle(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (POSITIONAL.has(key)) continue;
    if (!Object.prototype.hasOwnProperty.call(rb, key) || ra[key] !== rb[key]) return false;
    count++;
  }
  for (const key in rb) if (!POSITIONAL.has(key)) count--;
  return count === 0;
}

/** A run's style as pdfmake's measure resolves it, with pdfmake's defaults. */
interface RunStyle {
  font: PdfKitFont;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: unknown;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  lineHeight: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

function resolveRunStyle(item: object, stack: StyleStack, pdf: FontProvider): RunStyle {
  const get = (property: string, fallback: unknown) => getStyleProperty(item, stack, property, fallback);
  const sup = get('sup', false);
  const sub = get('sub', false);
  // Superscript and subscript size as pdfmake has it (0.58).
  const fontSize = (get('fontSize', 12) as number) * (sup || sub ? 0.58 : 1);
  return {
    font: pdf.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false)),
    alignment: get('alignment', 'left'),
    fontSize,
    fontFeatures: get('fontFeatures', null),
    characterSpacing: get('characterSpacing', 0),
    color: get('color', 'black'),
    decoration: get('decoration', null),
    decorationColor: get('decorationColor', null),
    decorationStyle: get('decorationStyle', null),
    decorationThickness: get('decorationThickness', null),
    background: get('background', null),
    link: get('link', null),
    linkToPage: get('linkToPage', null),
    linkToDestination: get('linkToDestination', null),
    noWrap: get('noWrap', null),
    opacity: get('opacity', 1),
    sup,
    sub,
    lineHeight: get('lineHeight', 1) as number,
    preserveLeadingSpaces: get('preserveLeadingSpaces', false),
    preserveTrailingSpaces: get('preserveTrailingSpaces', false),
  };
}

let applied = false;

/** Pieces a merged inline was made of, by its text, while its line is being drawn. */
let piecesOfMergedText = new Map<string, string[]>();

export function applySpeedPatches(): void {
  if (applied) return;
  applied = true;
  patchMeasure();
  patchRenderLine();
}

function patchMeasure(): void {
  const { default: TextInlines } = requireFromPdfmake('./TextInlines.js') as {
    default: {
      prototype: {
        pdfDocument: FontProvider;
        measure(items: MeasuredInline[], stack: StyleStack): MeasuredInline[];
        widthOfText(text: string, inline: MeasuredInline): number;
      };
    };
  };
  // The same computation as pdfmake 0.3's TextInlines.measure, with the style resolved per run.
  TextInlines.prototype.measure = function measure(items, stack) {
    if (items.length) {
      const leadingIndent = getStyleProperty(items[0]!, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        items[0]!.leadingCut = -leadingIndent;
        items[0]!.leadingIndent = leadingIndent;
      }
    }
    const continuesRun = items.map((item, i) => i > 0 && sameOwnStyle(item, items[i - 1]!));
    let run = {} as RunStyle;
    items.forEach((item, i) => {
      if (!continuesRun[i]) run = resolveRunStyle(item, stack, this.pdfDocument);
      // Named stores, as pdfmake's own: assigning by a computed key would turn every one of the tens
      // of thousands of inlines into a dictionary-mode object (≈1.6 KB each instead of ≈0.2 KB).
      item.font = run.font;
      item.alignment = run.alignment;
      item.fontSize = run.fontSize;
      item.fontFeatures = run.fontFeatures;
      item.characterSpacing = run.characterSpacing;
      item.color = run.color;
      item.decoration = run.decoration;
      item.decorationColor = run.decorationColor;
      item.decorationStyle = run.decorationStyle;
      item.decorationThickness = run.decorationThickness;
      item.background = run.background;
      item.link = run.link;
      item.linkToPage = run.linkToPage;
      item.linkToDestination = run.linkToDestination;
      item.noWrap = run.noWrap;
      item.opacity = run.opacity;
      item.sup = run.sup;
      item.sub = run.sub;
      item.width = this.widthOfText(item.text, item);
      item.height = item.font.lineHeight(item.fontSize) * run.lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!run.preserveLeadingSpaces) {
        const leading = LEADING.exec(item.text);
        if (leading) item.leadingCut += this.widthOfText(leading[0], item);
      }
      item.trailingCut = 0;
      if (!run.preserveTrailingSpaces) {
        const trailing = TRAILING.exec(item.text);
        if (trailing) item.trailingCut = this.widthOfText(trailing[0], item);
      }
    });
    return items;
  };
}

/** Properties that must agree for two inlines to be drawn as one text object. */
const DRAWN_ALIKE = ['font', 'fontSize', 'color', 'opacity', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background'] as const;

function canJoin(a: MeasuredInline, b: MeasuredInline): boolean {
  for (const key of DRAWN_ALIKE) if (a[key] !== b[key]) return false;
  for (const x of [a, b]) {
    if (x.characterSpacing || x.fontFeatures || x.link || x.linkToPage || x.linkToDestination || x.sup || x.sub || x._pageNodeRef || x.justifyShift) return false;
  }
  return Math.abs(a.x + a.width - b.x) < 0.001;
}

function joinRuns(inlines: MeasuredInline[]): MeasuredInline[] {
  const out: MeasuredInline[] = [];
  let pieces: string[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (last && canJoin(last, inline)) {
      if (pieces.length === 0) pieces.push(last.text);
      pieces.push(inline.text);
      out[out.length - 1] = { ...last, text: last.text + inline.text, width: last.width + inline.width, trailingCut: inline.trailingCut };
      continue;
    }
    if (pieces.length > 1) piecesOfMergedText.set(out[out.length - 1]!.text, pieces);
    pieces = [];
    out.push(inline);
  }
  if (pieces.length > 1) piecesOfMergedText.set(out[out.length - 1]!.text, pieces);
  return out;
}

function patchRenderLine(): void {
  const { default: Renderer } = requireFromPdfmake('./Renderer.js') as {
    default: { prototype: { renderLine(line: { inlines: MeasuredInline[] }, x: number, y: number): unknown } };
  };
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (line, x, y) {
    const inlines = line.inlines;
    if (inlines.length < 2) return renderLine.call(this, line, x, y);
    piecesOfMergedText = new Map();
    patchFontLayout(inlines[0]!.font);
    line.inlines = joinRuns(inlines);
    try {
      return renderLine.call(this, line, x, y);
    } finally {
      line.inlines = inlines;
      piecesOfMergedText = new Map();
    }
  };
}

type FontPrototype = PdfKitFont & { __runsPatched?: boolean };

/** A joined inline is laid out piece by piece, each from the font's cache, as it was measured. */
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
