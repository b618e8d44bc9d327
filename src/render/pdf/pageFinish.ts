import { requireFromPdfmake } from './pdfmakeInternals.js';
import { currentRender, type PlacedLabel } from './renderContext.js';

/**
 * How pdfmake places the lines of a paragraph, made to follow the rules of a typeset page:
 *
 * 1. No line of a paragraph alone at the foot or the top of a page. pdfmake moves a line to the next page only when
 *    it does not fit; here the paragraph's lines are known first (their width never changes on the way), and the
 *    page breaks one line earlier when the last line would be alone on the next page, or before the first line when
 *    it would be alone at the foot. A three-line paragraph that does not fit moves whole.
 * 2. The baseline stands where TH SarabunPSK's would in a line of the same pitch (style sheet `baselineShare`):
 *    pdfmake puts it one ascent below the line's top and leaves the rest of the pitch below, which for a face
 *    with a shorter line than its pitch sets the text high in its line and its stacked marks against a cell's rule.
 * 3. A page reference anywhere in a paragraph is resolved (pdfmake resolves those of its first line only): a
 *    contents entry that wraps keeps its page number at the end of its last line.
 * 4. A list item's label goes where its text begins: a list is a table of label and text cells (toPdfmake.ts), laid
 *    out one cell after the other, so when rule 1 moves the text's first line to the next page, the label placed
 *    beside it a moment before is moved along instead of standing alone ("๕)") at the foot.
 */

interface InlineLike {
  _pageRef?: { _nodeRef: unknown };
  _tocItemRef?: unknown;
  _pageNodeRef?: unknown;
  font: { ascender: number };
  fontSize: number;
}
interface LineLike {
  inlines: InlineLike[];
  id?: string;
  _node?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
}
interface PageLike {
  items: Array<{ type: string; item: unknown }>;
}
interface Context {
  y: number;
  page: number;
  pages: PageLike[];
  availableHeight: number;
  pageMargins: { top: number };
  inSnakingColumns?(): boolean;
}
interface Builder {
  writer: { context(): Context; moveToNextPage(orientation?: unknown): void; addLine(line: LineLike): unknown };
  buildNextLine(node: LeafNode): LineLike | null;
}
interface LeafNode {
  id?: string;
  text?: unknown;
  tocItem?: unknown;
  outline?: unknown;
  maxHeight?: number;
  pageOrientation?: unknown;
  positions: unknown[];
  _listLabel?: boolean;
  _listText?: boolean;
  _pageRef?: { _nodeRef: unknown };
  _tocItemRef?: unknown;
}

let applied = false;

/** Moves a label line placed on an earlier page of `ctx` to the current page, level with the line about to be added. */
function bringLabel(label: PlacedLabel, ctx: Context): void {
  const items = ctx.pages[label.page]?.items;
  const at = items?.findIndex((entry) => entry.item === label.line) ?? -1;
  if (!items || at < 0) return;
  const [entry] = items.splice(at, 1);
  (label.line as { y: number }).y = ctx.y;
  ctx.pages[ctx.page]!.items.push(entry!);
}

function nodeId(node: LeafNode): string | undefined {
  if (node.id) return node.id;
  if (Array.isArray(node.text)) for (const n of node.text as LeafNode[]) if (n && typeof n === 'object' && nodeId(n)) return nodeId(n);
  return undefined;
}

function resolveReferences(node: LeafNode, line: LineLike, first: boolean): void {
  if (first && node._tocItemRef) line._pageNodeRef = node._tocItemRef;
  if (first && node._pageRef) line._pageNodeRef = node._pageRef._nodeRef;
  for (const inline of line.inlines) {
    if (inline._tocItemRef) inline._pageNodeRef = inline._tocItemRef;
    if (inline._pageRef) inline._pageNodeRef = inline._pageRef._nodeRef;
  }
}

export function applyPageFinish(): void {
  if (applied) return;
  applied = true;
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: { prototype: Builder & { processLeaf(this: Builder, node: LeafNode): void } };
  };
  const original = LayoutBuilder.prototype.processLeaf;
  // Replaces pdfmake 0.3.11's LayoutBuilder.prototype.processLeaf (js/LayoutBuilder.js) with a rewrite:
  // the same line ids, nodes and references, but all lines built before any is placed.
  LayoutBuilder.prototype.processLeaf = function processLeaf(node) {
    // Only the leaf right after a label may take it along.
    const render = currentRender();
    const label = node._listText ? render?.pendingListLabel : undefined;
    if (render) render.pendingListLabel = undefined;
    if (node.outline || node.maxHeight || this.writer.context().inSnakingColumns?.()) return original.call(this, node);
    const lines: LineLike[] = [];
    for (let line = this.buildNextLine(node); line; line = this.buildNextLine(node)) lines.push(line);
    if (lines.length === 0) return;
    if (node.tocItem || node.id) lines[0]!._node = node;
    const id = nodeId(node);
    if (id) lines[0]!.id = id;
    lines.forEach((line, i) => resolveReferences(node, line, i === 0));

    const n = lines.length;
    const height = (from: number, count: number) => lines.slice(from, from + count).reduce((h, l) => h + l.getHeight(), 0);
    for (let i = 0; i < n; i++) {
      const ctx = this.writer.context();
      if (ctx.y > ctx.pageMargins.top) {
        const room = ctx.availableHeight;
        const breakHere =
          height(i, 1) > room ||
          // the first line alone at the foot (a paragraph of three lines moves whole)
          (i === 0 && n >= 2 && height(0, n === 3 ? 3 : 2) > room) ||
          // the last line alone at the top of the next page: the one before it goes along
          (i === n - 2 && i >= 2 && height(i, 2) > room);
        if (breakHere) {
          const from = ctx.page;
          this.writer.moveToNextPage(node.pageOrientation);
          const moved = this.writer.context();
          if (i === 0 && label && label.context === moved && label.page === from && moved.page > from) bringLabel(label, moved);
        }
      }
      node.positions.push(this.writer.addLine(lines[i]!));
    }
    if (node._listLabel && render && n === 1) {
      const ctx = this.writer.context();
      render.pendingListLabel = { context: ctx, page: ctx.page, line: lines[0]! };
    }
  };

  const { default: Line } = requireFromPdfmake('./Line.js') as {
    default: { prototype: LineLike & { getAscenderHeight(this: LineLike): number } };
  };
  const ascender = Line.prototype.getAscenderHeight;
  Line.prototype.getAscenderHeight = function getAscenderHeight() {
    const own = ascender.call(this);
    // The share of the line's pitch above the baseline, for the document being laid out and drawn.
    const baselineShare = currentRender()?.baselineShare ?? 0;
    return baselineShare ? Math.max(own, this.getHeight() * baselineShare) : own;
  };
}
