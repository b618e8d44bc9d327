import { requireFromPdfmake } from './pdfmakeInternals.js';

/**
 * Where each page of the layout begins in the Doc, for the DOCX writer, which breaks a letter's pages at the same
 * places (src/render/docx/pageBreaks.ts). toPdfmake tags every text node with its Doc place, the lines built from a
 * node carry the tag, and once the body is laid out the first line of each page tells where the page begins.
 * pdfmake ignores the property: the PDF is the same.
 */

/** Where a laid-out text node comes from in the Doc: a block of a section, and a row when it lies in a table or list. */
export interface DocPlace {
  section: number;
  block: number;
  /** The row of the block's table (or the item of its list, which the PDF lays out as a table). */
  row?: number;
}

/**
 * Where a page begins in the Doc (a page that does not open a section): the block, the row of its table or the item
 * of its list, and, when the page begins inside a block or row begun on an earlier page, the line of the text node
 * that opens the page and the text that node put on the pages before. `words` is the page's catchword ("๑๒. นางสาว"),
 * as the page before prints it in a section with continuation marks.
 */
export interface PageStart extends DocPlace {
  /** 1-based page number. */
  page: number;
  inside?: { line: number; textBefore: string };
  words: string;
}

/** The property of a pdfmake text node, and of the lines built from it, that holds its DocPlace. */
const PLACE = '__docPlace';

type Node = Record<string, unknown>;

/**
 * Tags every text node of a block's pdfmake node with where it comes from. `rowOffset` counts the items of a list
 * whose first item was laid out apart (kept with the block before, see toPdfmake's content()).
 */
export function placeNodes(node: Node, place: DocPlace, rowOffset = 0): Node {
  if (typeof node.text === 'string' || Array.isArray(node.text)) node[PLACE] ??= place;
  for (const key of ['stack', 'columns'] as const) for (const child of (node[key] as Node[] | undefined) ?? []) placeNodes(child, place, rowOffset);
  const table = node.table as { body: Node[][] } | undefined;
  table?.body.forEach((row, r) => row.forEach((cell) => placeNodes(cell, place.row === undefined ? { ...place, row: r + rowOffset } : place)));
  return node;
}

interface PlacedLine {
  x: number;
  y: number;
  inlines: Array<{ text: string }>;
  [PLACE]?: DocPlace;
  /** The line's text node and its place among that node's lines (layoutText.ts). */
  __leaf?: number;
  __lineNo?: number;
}
interface PlacedPage {
  items: Array<{ type: string; item: PlacedLine }>;
}

let applied = false;

/** Every line pdfmake builds carries the Doc place of its text node (pdfmake copies lines with their own properties). */
export function applyPlacePatch(): void {
  if (applied) return;
  applied = true;
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: { prototype: { buildNextLine(node: { [PLACE]?: DocPlace }): PlacedLine | null } };
  };
  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (node) {
    const line = buildNextLine.call(this, node);
    if (line && node[PLACE]) line[PLACE] = node[PLACE];
    return line;
  };
}

/**
 * The first line of every page that does not open a section, as a place in the Doc (see PageStart); `words` are the
 * catchwords by 0-based page index, as renderPdf reads them.
 */
export function pageStarts(pages: PlacedPage[], sectionFirstPages: Set<number>, words: Map<number, string>): PageStart[] {
  const out: PageStart[] = [];
  const linesSeen = new Set<string>();
  const placesSeen = new Set<string>();
  const leafLines = new Map<number, string[]>();
  const placeKey = (p: DocPlace) => `${p.section}:${p.block}:${p.row ?? ''}`;
  pages.forEach((page, i) => {
    const lines = page.items.filter((it) => it.type === 'line').map((it) => it.item);
    lines.sort((a, b) => a.y - b.y || a.x - b.x);
    // A table's header rows repeat at the top of its pages: the page begins at the first line not laid out before.
    const first = lines.find((l) => l[PLACE] && !linesSeen.has(`${l.__leaf}:${l.__lineNo}`) && l.inlines.some((x) => x.text.trim()));
    if (first && i > 0 && !sectionFirstPages.has(i + 1)) {
      const place = first[PLACE]!;
      const start: PageStart = { page: i + 1, ...place, words: words.get(i) ?? '' };
      if (placesSeen.has(placeKey(place))) {
        const line = first.__lineNo ?? 0;
        start.inside = { line, textBefore: (leafLines.get(first.__leaf ?? -1) ?? []).slice(0, line).join('') };
      }
      out.push(start);
    }
    for (const l of lines) {
      linesSeen.add(`${l.__leaf}:${l.__lineNo}`);
      if (l[PLACE]) placesSeen.add(placeKey(l[PLACE]));
      if (l.__leaf !== undefined && l.__lineNo !== undefined) {
        const texts = leafLines.get(l.__leaf) ?? [];
        texts[l.__lineNo] = l.inlines.map((x) => x.text).join('');
        leafLines.set(l.__leaf, texts);
      }
    }
  });
  return out;
}
