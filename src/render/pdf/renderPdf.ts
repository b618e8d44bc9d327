import { requireFromPdfmake } from './pdfmakeInternals.js';
import pdfmake from 'pdfmake';
import type { Doc } from '../../doc/doc.js';
import { applyPageFinish } from './pageFinish.js';
import { pageLabels } from './pageLabels.js';
import { applySpeedPatches } from './speedPatches.js';
import { checkPatchedVersions } from './patchedVersions.js';
import { applyThaiPatches } from './thaiPatches.js';
import { applyRenderContextPatch, attachRenderContext, currentRender, type RenderContext } from './renderContext.js';
import { sectionAnchor, styleOf, toPdfmake, type LayoutFacts } from './toPdfmake.js';
import { applyPlacePatch, pageStarts, type PageStart } from './pageStarts.js';
import { applyLayoutTextPatches, LayoutText, type LaidOutLeaf } from './layoutText.js';
import { applyTallBlockPatches, retryTallBlocks, TallBlocks } from './tooTallBlocks.js';

interface LaidOutLine {
  x: number;
  y: number;
  inlines: Array<{ text: string }>;
}
interface LaidOutPage {
  items: Array<{ type: string; item: LaidOutLine }>;
  pageMargins: { top: number };
}
interface LaidOutNode {
  id?: string;
  positions?: Array<{ pageNumber: number }>;
}
/** Called with the laid-out body before headers and footers are added. */
type LayoutListener = (pages: LaidOutPage[], anchors: Map<string, number>) => void;
type HeaderFunction = ((...args: unknown[]) => unknown) & { onLayout?: LayoutListener };

interface PageRef {
  positions: Array<{ pageNumber: number }>;
}
interface RenderedInline {
  text: string;
  width: number;
  x: number;
  alignment?: string;
  fontSize: number;
  /** A contents entry's page: the width of the page column it stands in, at the right of the line. */
  tocLeader?: number;
  _pageNodeRef?: PageRef;
}
interface RenderedLine {
  inlines: RenderedInline[];
  maxWidth: number;
  getHeight(): number;
  getAscenderHeight(): number;
  _pageNodeRef?: PageRef;
}
interface PdfDocument {
  save(): PdfDocument;
  restore(): PdfDocument;
  lineWidth(w: number): PdfDocument;
  lineCap(c: string): PdfDocument;
  dash(length: number, options: { space: number }): PdfDocument;
  moveTo(x: number, y: number): PdfDocument;
  lineTo(x: number, y: number): PdfDocument;
  strokeColor(c: string): PdfDocument;
  stroke(): PdfDocument;
}

let configured = false;

function configure(): void {
  if (configured) return;
  // Before any patch: on another pdfmake, pdfkit, fontkit or linebreak they could silently misplace text.
  checkPatchedVersions();
  configured = true;
  applyThaiPatches();
  applySpeedPatches();
  applyPageFinish();
  // Only the repository's fonts and the plan folder's images are ever read; nothing from the network.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);

  // One layout pass: once the body is laid out, and before headers and footers are, the document's
  // own header function hears where every page begins and where every anchored node fell.
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: {
      prototype: {
        addHeadersAndFooters(this: { writer: { context(): { pages: LaidOutPage[] } }; linearNodeList: LaidOutNode[] }, header: HeaderFunction, footer: unknown): unknown;
      };
    };
  };
  const addHeadersAndFooters = LayoutBuilder.prototype.addHeadersAndFooters;
  LayoutBuilder.prototype.addHeadersAndFooters = function (header, footer) {
    if (typeof header === 'function' && header.onLayout) {
      const anchors = new Map<string, number>();
      for (const node of this.linearNodeList) {
        const page = node.positions?.[0]?.pageNumber;
        if (node.id && page && !anchors.has(node.id)) anchors.set(node.id, page);
      }
      header.onLayout(this.writer.context().pages, anchors);
    }
    return addHeadersAndFooters.call(this, header, footer);
  };

  // pdfmake prints a page reference as the absolute page number; ours are the page labels.
  const { default: TextInlines } = requireFromPdfmake('./TextInlines.js') as {
    default: new (x: null) => { widthOfText(text: string, inline: RenderedInline): number };
  };
  const measure = new TextInlines(null);
  const { default: Renderer } = requireFromPdfmake('./Renderer.js') as {
    default: { prototype: { pdfDocument: PdfDocument; renderLine(this: { pdfDocument: PdfDocument }, line: RenderedLine, x: number, y: number): unknown } };
  };
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (line, x, y) {
    const refs: Array<[PageRef, RenderedInline]> = line._pageNodeRef ? [[line._pageNodeRef, line.inlines[0]!]] : [];
    for (const inline of line.inlines) if (inline._pageNodeRef) refs.push([inline._pageNodeRef, inline]);
    for (const [ref, inline] of refs) {
      // The labels the table of contents prints, per page, for the document being drawn.
      const label = currentRender()?.tocLabels[ref.positions[0]?.pageNumber ?? 0] ?? '';
      const width = measure.widthOfText(label, inline);
      if (inline.tocLeader !== undefined) {
        // The page label ends at the right edge of the page column; dots lead from the entry's text to it.
        const textEnd = Math.max(0, ...line.inlines.filter((i) => i !== inline && i.text.trim()).map((i) => i.x + i.width));
        const right = line.maxWidth + inline.tocLeader;
        inline.x = right - width;
        const baseline = y + line.getAscenderHeight();
        const from = x + textEnd + inline.fontSize * 0.4;
        const to = x + inline.x - inline.fontSize * 0.4;
        if (to - from > inline.fontSize) {
          this.pdfDocument.save().lineWidth(inline.fontSize * 0.09).lineCap('round').dash(0.001, { space: inline.fontSize * 0.33 }).strokeColor('#000000');
          this.pdfDocument.moveTo(from, baseline).lineTo(to, baseline).stroke().restore();
        }
      } else if (inline.alignment === 'right') inline.x += inline.width - width;
      else if (inline.alignment === 'center') inline.x += (inline.width - width) / 2;
      inline.text = label;
      inline.width = width;
      delete inline._pageNodeRef;
    }
    delete line._pageNodeRef;
    return renderLine.call(this, line, x, y);
  };
  // Every line carries the Doc place of its text node, for the page starts the DOCX writer breaks at.
  applyPlacePatch();
  // In this order, after the patches above: each wraps what they installed.
  applyTallBlockPatches();
  applyLayoutTextPatches();
  applyRenderContextPatch();
}

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** The first word of a token, or the whole token when short (Thai writes no spaces between words). */
function firstWord(token: string): string {
  if (token.length <= 12) return token;
  let out = '';
  for (const { segment } of words.segment(token)) {
    out += segment;
    if (out.length >= 5) break;
  }
  return out;
}

/**
 * The catchword of an official letter, as the seed's ".../๑๒. นางสาว": the first word of the next
 * page, with the word after it when the first is only a number.
 */
export function firstWords(line: string): string {
  const tokens = line.trim().split(/\s+/);
  const [first = '', second] = tokens;
  const number = /^[\d๐-๙.()]+$/;
  if (number.test(first) && second) return `${first} ${firstWord(second)}`; // "๑๒. นางสาว"
  if (second && number.test(second) && first.length <= 12) return `${first} ${second}`; // "มิติที่ ๔"
  return firstWord(first);
}

function continuationWords(pages: LaidOutPage[]): Map<number, string> {
  const out = new Map<number, string>();
  pages.forEach((page, i) => {
    const lines = page.items.filter((it) => it.type === 'line' && it.item.y >= page.pageMargins.top - 1).map((it) => it.item);
    lines.sort((a, b) => a.y - b.y || a.x - b.x);
    const first = lines.find((l) => l.inlines.some((x) => x.text.trim()));
    if (!first || i === 0) return;
    // A table row lays its cells out as separate lines on one baseline: read them left to right.
    const row = lines.filter((l) => Math.abs(l.y - first.y) < 2).sort((a, b) => a.x - b.x);
    out.set(i, firstWords(row.map((l) => l.inlines.map((x) => x.text).join('').trim()).join(' ')));
  });
  return out;
}

export type { PageStart };

export interface PdfResult {
  bytes: Buffer;
  pages: number;
  /** The page label of every anchored node (headings by id) as the table of contents counts pages. */
  pageLabels: Map<string, string>;
  /** The text the layout put on the pages, for the build's check that nothing was lost (verify/). */
  laidOutText: LaidOutLeaf[];
  /** Each page's label and the text laid out on it, in page order: where a given text prints. */
  pageTexts: Array<{ label: string; text: string }>;
  /** Where each page that does not open a section begins in the Doc, with its catchword (see PageStart). */
  pageStarts: PageStart[];
}

/** Thrown from inside pdfmake to stop once the layout is known (see layoutPdf). */
class LayoutDone extends Error {}
/** Thrown from inside pdfmake when a block kept together needs more than a page (see tooTallBlocks.ts). */
class TooTall extends Error {}

/**
 * Doc → PDF in one layout pass. Page labels (ก ข …, ๑ ๒ …, "- ๒ -"), the table of contents'
 * page numbers and the letters' continuation marks depend on where the layout put things; they are
 * worked out after the body is laid out and before headers, footers and references are drawn.
 */
export async function renderPdf(doc: Doc, options: { layoutOnly?: boolean } = {}): Promise<PdfResult> {
  configure();
  const style = styleOf(doc);
  pdfmake.addFonts({ [style.typeface.name]: { ...style.typeface.files } });
  const shared = { names: doc.meta.names, breaksOfText: new Map<string, readonly unknown[]>(), baselineShare: style.baselineShare };
  // Blocks kept together that turn out taller than a page are laid out again as breakable (see
  // tooTallBlocks.ts): a few passes at most, one when nothing is too tall.
  let breakable = new Set<number>();
  for (let pass = 1; ; pass++) {
    const blocks = new TallBlocks(breakable);
    // The last pass goes through whatever it finds; the check of the text (verifyText.ts) reports a loss.
    const last = pass === MAX_PASSES || !retryTallBlocks();
    const result = await renderPass(doc, options, { ...shared, tallBlocks: blocks, layoutText: new LayoutText(), tocLabels: [] }, last ? undefined : blocks);
    if (result) return result;
    breakable = new Set([...breakable, ...blocks.tooTall]);
  }
}

/** Enough for blocks nested a few deep, each found too tall only once its parent may break. */
const MAX_PASSES = 6;

/** One layout (and, unless asked for the layout only, the PDF); undefined when `retryOn` found a block too tall. */
async function renderPass(doc: Doc, options: { layoutOnly?: boolean }, context: RenderContext, retryOn?: TallBlocks): Promise<PdfResult | undefined> {
  const facts: LayoutFacts = { labels: [], tocLabels: [], anchors: new Map(), continuations: new Map(), sectionEnds: new Map() };
  let pageCount = 0;
  const text = context.layoutText;
  let laidOutText: LaidOutLeaf[] = [];
  let pageTexts: PdfResult['pageTexts'] = [];
  let startsOfPages: PageStart[] = [];
  const definition = toPdfmake(doc, facts);
  const header: HeaderFunction = () => null;
  header.onLayout = (pages, anchors) => {
    if (retryOn?.tooTall.size) throw new TooTall();
    laidOutText = text.read(pages);
    pageCount = pages.length;
    const starts = doc.sections.map((s) => anchors.get(sectionAnchor(s.id)) ?? Number.POSITIVE_INFINITY);
    facts.anchors = anchors;
    facts.labels = pageLabels(doc.sections, starts, pages.length);
    facts.tocLabels = pageLabels(doc.sections, starts, pages.length, (s) => s.tocNumbering ?? s.numbering);
    facts.continuations = continuationWords(pages);
    startsOfPages = pageStarts(pages, new Set(starts), facts.continuations);
    facts.sectionEnds = new Map(doc.sections.map((s, i) => [s.id, Math.min(starts[i + 1] ?? pages.length + 1, pages.length + 1) - 1]));
    context.tocLabels = facts.tocLabels;
    pageTexts = pages.map((page, i) => ({
      label: facts.tocLabels[i + 1] ?? '',
      text: page.items.filter((it) => it.type === 'line').map((it) => it.item.inlines.map((x) => x.text).join('')).join('\n'),
    }));
    if (options.layoutOnly) throw new LayoutDone();
  };
  definition.header = header;
  attachRenderContext(header, context);
  let bytes = Buffer.alloc(0);
  try {
    bytes = Buffer.from(await pdfmake.createPdf(definition as never).getBuffer());
  } catch (e) {
    if (e instanceof TooTall) return undefined;
    if (!(e instanceof LayoutDone)) throw e;
  }
  const labels = new Map([...facts.anchors].map(([id, page]) => [id, facts.tocLabels[page] ?? '']));
  return { bytes, pages: pageCount, pageLabels: labels, laidOutText, pageTexts, pageStarts: startsOfPages };
}

/** The layout alone (no PDF written): page count and page labels, for the DOCX's table of contents. */
export function layoutPdf(doc: Doc): Promise<PdfResult> {
  return renderPdf(doc, { layoutOnly: true });
}
