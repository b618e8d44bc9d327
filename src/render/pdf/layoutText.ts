import { requireFromPdfmake } from './pdfmakeInternals.js';
import { currentRender } from './renderContext.js';

/**
 * What text the layout actually put on the pages, per text node pdfmake laid out.
 *
 * Every text node (leaf) is numbered when pdfmake starts laying it out, with the text it holds at
 * that moment; every line built from it carries the leaf's number and its own place among the
 * leaf's lines (pdfmake copies lines with their own properties when it moves a block onto a page).
 * After the layout, a leaf is whole when each of its lines lies on some page and, put together,
 * they give its text. Repeated table headers put the same line on many pages: it counts once.
 */

interface LeafNode {
  _inlines?: Array<{ text: string }>;
  __leaf?: number;
}
interface TaggedLine {
  inlines: Array<{ text: string }>;
  __leaf?: number;
  __lineNo?: number;
}
export interface LaidOutItems {
  items: Array<{ type: string; item: unknown }>;
}

export class LayoutText {
  /** Per leaf: its text when laid out, and how many lines the layout built from it. */
  readonly leaves: Array<{ text: string; lines: number }> = [];

  /** Every leaf in layout order (the Doc's reading order) with its text, and whether it lies whole on `pages`. */
  read(pages: LaidOutItems[]): LaidOutLeaf[] {
    const found = this.leaves.map(() => new Map<number, string>());
    for (const page of pages) {
      for (const { type, item } of page.items) {
        const line = item as TaggedLine;
        if (type !== 'line' || line.__leaf === undefined || line.__lineNo === undefined) continue;
        found[line.__leaf]!.set(line.__lineNo, line.inlines.map((i) => i.text).join(''));
      }
    }
    return this.leaves.map((leaf, i) => {
      const lines = found[i]!;
      let text = '';
      for (let n = 0; n < leaf.lines; n++) text += lines.get(n) ?? '';
      return { text: leaf.text, whole: lines.size === leaf.lines && sameText(text, leaf.text) };
    });
  }
}

export interface LaidOutLeaf {
  text: string;
  /** Every line of it lies on a page. */
  whole: boolean;
}

/** Spaces (and the invisible ones) are where lines break: they are not text that can be lost. */
export const withoutSpaces = (text: string) => text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '');
const sameText = (a: string, b: string) => a === b || withoutSpaces(a) === withoutSpaces(b);

let applied = false;

/** The record of the layout running now (the render's context, see renderContext.ts). */
const activeText = (): LayoutText | null => currentRender()?.layoutText ?? null;

export function applyLayoutTextPatches(): void {
  if (applied) return;
  applied = true;
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: { prototype: { processLeaf(node: LeafNode): unknown; buildNextLine(node: LeafNode): TaggedLine | null } };
  };
  const processLeaf = LayoutBuilder.prototype.processLeaf;
  LayoutBuilder.prototype.processLeaf = function (node) {
    const active = activeText();
    if (active) {
      node.__leaf = active.leaves.length;
      active.leaves.push({ text: (node._inlines ?? []).map((i) => i.text).join(''), lines: 0 });
    }
    return processLeaf.call(this, node);
  };
  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (node) {
    const line = buildNextLine.call(this, node);
    const leaf = node.__leaf === undefined ? undefined : activeText()?.leaves[node.__leaf];
    if (line && leaf) {
      line.__leaf = node.__leaf;
      line.__lineNo = leaf.lines++;
    }
    return line;
  };
}
