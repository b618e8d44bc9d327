import { requireFromPdfmake } from './pdfmakeInternals.js';

/**
 * Three patches that make pdfmake fast on Thai without changing a single drawn glyph.
 *
 * Thai has no spaces, so every word is an inline of its own: the plan has tens of thousands.
 * pdfmake resolves ~20 style properties per inline by walking the style stack, copies the rest of
 * the paragraph for every inline it places, and draws every inline as a text object of its own
 * (BT … Tm … TJ … ET). These costs scale with the number of words, not of styled runs.
 *
 * 1. `measure`: the words of one text run carry the same own properties, so their style is resolved
 *    once per run and shared, instead of once per word.
 * 2. `buildNextLine`: pdfmake copies the paragraph's remaining inlines (`slice(1)`) before placing
 *    each one, which is quadratic in a paragraph's words; the same test is made on the array itself.
 * 3. `renderLine`: adjacent inlines of one style that touch (the next begins where the previous
 *    ends, as in every left-, centre- or right-aligned line) are drawn as one text object. The font
 *    lays the run out from the same per-word glyph runs it measured (pdfkit's layout cache), so the
 *    glyphs and their positions are exactly those of drawing word by word.
 */

interface MeasuredInline {
  text: string;
  font: PdfKitFont;
  fontSize: number;
  width: number;
  height: number;
  leadingCut: number;
  trailingCut: number;
  leadingIndent?: number;
  x?: number;
  [key: string]: unknown;
}
/** An inline the layout has placed on a line. */
type PlacedInline = MeasuredInline & { x: number };
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
/** Off: pdfmake's own measure, line fitting and word-by-word drawing (tests compare the two). */
let enabled = true;

/** Pieces a merged inline was made of, by its text, while its line is being drawn. */
const piecesOfMergedText = new Map<string, string[]>();

/**
 * Turns the patches off or on again (they are on once applied). The rendered pages must not
 * differ; tests/render/speedPatches.test.ts compares them.
 */
export function setSpeedPatchesEnabled(on: boolean): void {
  enabled = on;
}

export function applySpeedPatches(): void {
  if (applied) return;
  applied = true;
  patchMeasure();
  patchBuildNextLine();
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
  const original = TextInlines.prototype.measure;
  // A copy of pdfmake 0.3.11's TextInlines.prototype.measure (js/TextInlines.js), the same computation
  // with the style resolved once per run of equally styled words (see README.md in this folder).
  TextInlines.prototype.measure = function measure(items, stack) {
    if (!enabled) return original.call(this, items, stack);
    if (items.length) {
      const leadingIndent = getStyleProperty(items[0]!, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        items[0]!.leadingCut = -leadingIndent;
        items[0]!.leadingIndent = leadingIndent;
      }
    }
    const continuesRun = items.map((item, i) => i > 0 && sameOwnStyle(item, items[i - 1]!));
    let run = {} as RunStyle;
    // Each inline is made whole in one literal (in-object properties, one allocation) rather than
    // grown property by property as pdfmake does; the word's own keys beyond these are copied after.
    // No `x` here: the layout sets it on every inline long after all are measured, and a field that
    // changes from an integer to a fraction then would make V8 migrate every inline's layout.
    return items.map((item, i) => {
      if (!continuesRun[i]) run = resolveRunStyle(item, stack, this.pdfDocument);
      const inline: MeasuredInline = {
        text: item.text,
        lineEnd: item.lineEnd,
        noNewLine: item.noNewLine,
        leadingIndent: item.leadingIndent,
        font: run.font,
        alignment: run.alignment,
        fontSize: run.fontSize,
        fontFeatures: run.fontFeatures,
        characterSpacing: run.characterSpacing,
        color: run.color,
        decoration: run.decoration,
        decorationColor: run.decorationColor,
        decorationStyle: run.decorationStyle,
        decorationThickness: run.decorationThickness,
        background: run.background,
        link: run.link,
        linkToPage: run.linkToPage,
        linkToDestination: run.linkToDestination,
        noWrap: run.noWrap,
        opacity: run.opacity,
        sup: run.sup,
        sub: run.sub,
        width: 0,
        height: 0,
        leadingCut: item.leadingCut || 0,
        trailingCut: 0,
      };
      for (const key in item) if (!(key in inline)) inline[key] = item[key];
      inline.width = this.widthOfText(inline.text, inline);
      inline.height = inline.font.lineHeight(inline.fontSize) * run.lineHeight;
      if (!run.preserveLeadingSpaces) {
        const leading = LEADING.exec(inline.text);
        if (leading) inline.leadingCut += this.widthOfText(leading[0], inline);
      }
      if (!run.preserveTrailingSpaces) {
        const trailing = TRAILING.exec(inline.text);
        if (trailing) inline.trailingCut = this.widthOfText(trailing[0], inline);
      }
      return inline;
    });
  };
}

interface LineLike {
  inlines: MeasuredInline[];
  inlineWidths: number;
  leadingCut: number;
  maxWidth: number;
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  addInline(inline: MeasuredInline): void;
  getAvailableWidth(): number;
}

/** pdfmake 0.3.11's Line.prototype.hasEnoughSpaceForInline(inlines[0], inlines.slice(1)) (js/Line.js), without the copy. */
function hasRoomForFirst(line: LineLike, inlines: MeasuredInline[]): boolean {
  if (line.inlines.length === 0) return true;
  if (line.newLineForced) return false;
  const inline = inlines[0]!;
  let width = inline.width;
  let trailingCut = inline.trailingCut || 0;
  if (inline.noNewLine) {
    for (let i = 1; i < inlines.length; i++) {
      width += inlines[i]!.width;
      trailingCut += inlines[i]!.trailingCut || 0;
      if (!inlines[i]!.noNewLine) break;
    }
  }
  return line.inlineWidths + width - line.leadingCut - trailingCut <= line.maxWidth;
}

function patchBuildNextLine(): void {
  const { default: Line } = requireFromPdfmake('./Line.js') as { default: new (maxWidth: number) => LineLike };
  const { default: TextInlines } = requireFromPdfmake('./TextInlines.js') as {
    default: new (pdf: null) => { widthOfText(text: string, inline: MeasuredInline): number };
  };
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: { prototype: { writer: { context(): { availableWidth: number } }; buildNextLine(node: { _inlines?: MeasuredInline[] }): LineLike | null } };
  };
  const measure = new TextInlines(null);
  const original = LayoutBuilder.prototype.buildNextLine;
  // A copy of pdfmake 0.3.11's LayoutBuilder.prototype.buildNextLine (js/LayoutBuilder.js), but for the
  // fit test: a word wider than the line is cut where it fits, as pdfmake does (its findMaxFitLength:
  // binary search on the prefix width, longestFittingPrefix here).
  LayoutBuilder.prototype.buildNextLine = function buildNextLine(textNode) {
    if (!enabled) return original.call(this, textNode);
    const inlines = textNode._inlines;
    if (!inlines || inlines.length === 0) return null;
    const line = new Line(this.writer.context().availableWidth);
    let forceContinue = false;
    while (inlines.length > 0 && (hasRoomForFirst(line, inlines) || forceContinue)) {
      let hardWrap = false;
      const inline = inlines.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const fits = longestFittingPrefix(inline.text, line.getAvailableWidth(), (part) => measure.widthOfText(part, inline));
        if (fits < inline.text.length) {
          const rest = Object.assign(inline.constructor() as MeasuredInline, inline);
          rest.text = inline.text.substr(fits);
          inline.text = inline.text.substr(0, fits);
          rest.width = measure.widthOfText(rest.text, rest);
          inline.width = measure.widthOfText(inline.text, inline);
          inlines.unshift(rest);
          hardWrap = true;
        }
      }
      line.addInline(inline);
      forceContinue = Boolean(inline.noNewLine) && !hardWrap;
    }
    line.lastLineInParagraph = inlines.length === 0;
    return line;
  };
}

function longestFittingPrefix(text: string, maxWidth: number, widthOf: (part: string) => number): number {
  let low = 1;
  let high = text.length;
  let best = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (widthOf(text.substring(0, mid)) <= maxWidth) {
      best = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
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
