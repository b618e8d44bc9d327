import { LineRuleType, Paragraph as DocxParagraph, type FileChild } from 'docx';
import type { Block, Heading, Table } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { catchwordBreak, catchwordParagraph, pageOpening } from './catchword.js';
import { chartParagraph } from './charts.js';
import { imageBeside } from './imageBeside.js';
import { image } from './images.js';
import { listParagraphs } from './lists.js';
import { pagedBlocks, paragraphsBefore } from './pageBreaks.js';
import { continuation, heading, pageBreak, paragraph, rule } from './paragraphs.js';
import { signature } from './signature.js';
import { STYLE } from './styles.js';
import { joinable, table } from './tables.js';
import { tableOfContents } from './toc.js';

/**
 * The blocks of one section, in order. A heading that starts a page does so by the section break when it comes
 * first. Consecutive tables on the same grid are written as one table; two tables on different grids are kept
 * apart by a hairline paragraph, as Word needs a paragraph between tables. In a letter (continuation marks), every
 * page the PDF begins inside the section begins here too, after the catchword of the page before (pageBreaks.ts).
 *
 * The children come in pages: one part, unless the letter is reproduced in the plan (`tocNumbering`), whose pages
 * are each a Word section of their own (letterPages.ts), split where the catchword ends a page.
 */
export function sectionPages(ctx: WriterContext): LetterPage[] {
  if (!ctx.section.tocNumbering) return [{ page: 1, children: sectionChildren(ctx, (words) => catchwordBreak(words, ctx, ++ctx.catchwords.count)) }];
  const ends = new Map<FileChild, string>();
  const children = sectionChildren(ctx, (words) => {
    const end = {} as FileChild;
    ends.set(end, words);
    return [catchwordParagraph(words, ctx, ++ctx.catchwords.count), end, pageOpening(false)];
  });
  const number = letterPageNumbers(ctx);
  const pages: LetterPage[] = [{ page: 1, children: [] }];
  for (const child of children) {
    const words = ends.get(child);
    if (words === undefined) pages.at(-1)!.children.push(child);
    else pages.push({ page: number(words, pages.at(-1)!.page), children: [] });
  }
  return pages;
}

/** A part of a section that begins a page, and the section's page it begins (1 for the section's first). */
export interface LetterPage {
  page: number;
  children: FileChild[];
}

/**
 * The section's page that the catchword `words` begins, counted from the PDF's page starts in document order: a page
 * the PDF begins where the DOCX cannot break (inside a row begun on the page before) has no catchword, and the pages
 * after it still get their own numbers. Unknown words: the page after `previous`.
 */
function letterPageNumbers(ctx: WriterContext): (words: string, previous: number) => number {
  const section = ctx.doc.sections.indexOf(ctx.section);
  const starts = ctx.pageStarts.filter((s) => s.section === section).sort((a, b) => a.page - b.page);
  // Every page of the section but its first has a start.
  const first = (starts[0]?.page ?? 2) - 1;
  let next = 0;
  return (words, previous) => {
    const at = starts.findIndex((s, i) => i >= next && s.words === words);
    if (at < 0) return previous + 1;
    next = at + 1;
    return starts[at]!.page - first + 1;
  };
}

/** The section's children, `pageEnd` ending each page the PDF begins inside it. */
function sectionChildren(ctx: WriterContext, pageEnd: (words: string) => FileChild[]): FileChild[] {
  const out: FileChild[] = [];
  const section = ctx.doc.sections.indexOf(ctx.section);
  const starts = ctx.section.continuationMarks ? ctx.pageStarts.filter((s) => s.section === section) : [];
  const blocks = pagedBlocks(ctx.section.blocks, starts);
  for (let i = 0; i < blocks.length; i++) {
    const { block: b, index, begins } = blocks[i]!;
    const before = begins.find((p) => p.item === 0);
    if (before) out.push(...pageEnd(before.words));
    if (b.type === 'heading') {
      const next = blocks[i + 1]?.begins.length ? undefined : continuation(b, blocks[i + 1]?.block);
      out.push(heading(b, ctx, index === 0, `${ctx.section.id}_${index}`, next));
      if (next) i++;
      continue;
    }
    if (b.type !== 'table') {
      const written = block(b, ctx, index);
      // A list the PDF breaks before an item: the page ends between its paragraphs, counted by items.
      if (b.type === 'list') for (const p of begins.filter((p) => p.item > 0).reverse()) written.splice(paragraphsBefore(b.items, p.item), 0, ...pageEnd(p.words));
      out.push(...written);
      continue;
    }
    const group: Table[] = [b];
    while (blocks[i + 1]?.block.type === 'table' && !blocks[i + 1]!.begins.length && joinable(b, blocks[i + 1]!.block as Table)) group.push(blocks[++i]!.block as Table);
    if (!before && blocks[i - group.length]?.block.type === 'table') {
      out.push(new DocxParagraph({ style: STYLE.normal, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] }));
    }
    out.push(table(group, ctx));
  }
  return out;
}

function block(b: Exclude<Block, Table | Heading>, ctx: WriterContext, i: number): FileChild[] {
  switch (b.type) {
    case 'paragraph':
      return [paragraph(b, ctx)];
    case 'list':
      return listParagraphs(b, ctx);
    case 'signature':
      return signature(b, ctx);
    case 'image':
      return [b.beside ? imageBeside(b, ctx) : image(b)];
    case 'rule':
      return [rule(b, ctx)];
    case 'pageBreak':
      return [pageBreak(b)];
    case 'toc':
      return tableOfContents(b, ctx) as FileChild[];
    case 'chart':
      return [chartParagraph(b, ctx.width, ctx.charts)];
  }
}
