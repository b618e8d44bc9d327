import type { Block, Inline, ListItem, Paragraph, Table } from '../../doc/doc.js';
import { withoutSpaces } from '../pdf/layoutText.js';
import type { PageStart } from '../pdf/pageStarts.js';

/** A page the PDF begins at a block: before the block (item 0), or before the top-level item `item` of a list. */
export interface PageBegin {
  item: number;
  words: string;
}

/** A block to write, its index among the section's Doc blocks, and the pages the PDF begins in it. */
export interface PagedBlock {
  block: Block;
  index: number;
  begins: PageBegin[];
}

/**
 * The section's blocks with the PDF's page breaks (`starts`, this section's) made explicit, so that Word and
 * LibreOffice break the pages where the PDF does: a table the PDF breaks is written as two tables, the second
 * repeating the header rows; a list breaks before its item (it stays one list, so Word counts on); a paragraph the
 * PDF breaks between two lines becomes two paragraphs, cut where the PDF's line ended (every character once, in
 * order). A page that begins anywhere else inside a block (inside a table row or a list item begun on the page
 * before, inside a labelled paragraph) is left for Word to break: no forced break, no catchword.
 */
export function pagedBlocks(blocks: Block[], starts: readonly PageStart[]): PagedBlock[] {
  return blocks.flatMap((block, index): PagedBlock[] => {
    const here = starts.filter((s) => s.block === index);
    if (block.type === 'table') return cutTable(block, index, here);
    if (block.type === 'paragraph') return cutParagraph(block, index, here);
    const begins = here.filter((s) => !s.inside && (!s.row || block.type === 'list')).map((s) => ({ item: s.row ?? 0, words: s.words }));
    return [{ block, index, begins }];
  });
}

function cutTable(t: Table, index: number, starts: PageStart[]): PagedBlock[] {
  const cuts = starts.filter((s) => !s.inside && s.row !== undefined && s.row >= t.headerRows).sort((a, b) => a.row! - b.row!);
  const before = starts.filter((s) => !s.inside && !s.row).map((s) => ({ item: 0, words: s.words }));
  const out: PagedBlock[] = [];
  let from = 0;
  let begins = before;
  for (const cut of cuts) {
    if (cut.row! <= from) continue;
    out.push({ block: { ...t, rows: [...(from ? t.rows.slice(0, t.headerRows) : []), ...t.rows.slice(from, cut.row)] }, index, begins });
    from = cut.row!;
    begins = [{ item: 0, words: cut.words }];
  }
  out.push({ block: from ? { ...t, rows: [...t.rows.slice(0, t.headerRows), ...t.rows.slice(from)] } : t, index, begins });
  return out;
}

const plain = (inlines: Inline[]) => inlines.map((i) => i.text).join('');

/**
 * Where the text before a page ends in the paragraph's text: after as many visible characters as the PDF laid out
 * on the pages before, and the spaces that followed them; undefined when the two texts differ.
 */
function offsetAfter(text: string, before: string): number | undefined {
  const visible = withoutSpaces(before).length;
  let count = 0;
  let at = 0;
  while (at < text.length && count < visible) if (withoutSpaces(text[at++]!)) count++;
  while (at < text.length && !withoutSpaces(text[at]!)) at++;
  return withoutSpaces(text.slice(0, at)) === withoutSpaces(before) && at < text.length ? at : undefined;
}

/** The inlines between two offsets of their text, each keeping its own style. */
function sliceInlines(inlines: Inline[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const inline of inlines) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + inline.text.length);
    if (end > start) out.push({ ...inline, text: inline.text.slice(start - at, end - at) });
    at += inline.text.length;
  }
  return out;
}

function cutParagraph(p: Paragraph, index: number, starts: PageStart[]): PagedBlock[] {
  const before = starts.filter((s) => !s.inside).map((s) => ({ item: 0, words: s.words }));
  const text = plain(p.inlines);
  const cuts = p.hangingLabel
    ? []
    : starts
        .filter((s) => s.inside && s.inside.line > 0)
        .map((s) => ({ at: offsetAfter(text, s.inside!.textBefore), words: s.words }))
        .filter((c): c is { at: number; words: string } => c.at !== undefined)
        .sort((a, b) => a.at - b.at);
  if (!cuts.length) return [{ block: p, index, begins: before }];
  const bounds = [0, ...cuts.map((c) => c.at), text.length];
  return Array.from({ length: cuts.length + 1 }, (_, i) => {
    const first = i === 0;
    const last = i === cuts.length;
    // The paragraph's space above and first-line indent belong to its first part; keeping with what follows, to its last.
    const part: Paragraph = {
      ...p,
      inlines: sliceInlines(p.inlines, bounds[i]!, bounds[i + 1]!),
      ...(!first && { firstLineIndent: undefined, spaceBefore: undefined }),
      ...(!last && { spaceAfter: undefined, keepWithNext: undefined }),
    };
    return { block: part, index, begins: first ? before : [{ item: 0, words: cuts[i - 1]!.words }] };
  });
}

/** How many paragraphs a list writes before its top-level item `item`: one per item, nested ones included. */
export function paragraphsBefore(items: ListItem[], item: number): number {
  const count = (list: ListItem[]): number => list.reduce((n, i) => n + 1 + count(i.children ?? []), 0);
  return count(items.slice(0, item));
}
