import { Paragraph as DocxParagraph, type FileChild } from 'docx';
import type { Block } from '../../compose/doc.js';
import type { WriterContext } from './context.js';
import { image } from './images.js';
import { listParagraphs } from './lists.js';
import { heading, pageBreak, paragraph, rule } from './paragraphs.js';
import { signature } from './signature.js';
import { STYLE } from './styles.js';
import { table } from './tables.js';
import { tableOfContents } from './toc.js';

/** The blocks of one section, in order. A heading that starts a page does so by the section break when it comes first. */
export function sectionChildren(ctx: WriterContext): FileChild[] {
  const out: FileChild[] = [];
  ctx.section.blocks.forEach((b, i) => {
    // Word joins two tables with nothing between them into one.
    if (b.type === 'table' && ctx.section.blocks[i - 1]?.type === 'table') out.push(new DocxParagraph({ style: STYLE.tableText, children: [] }));
    out.push(...block(b, ctx, i));
  });
  return out;
}

function block(b: Block, ctx: WriterContext, i: number): FileChild[] {
  switch (b.type) {
    case 'paragraph':
      return [paragraph(b, ctx)];
    case 'heading':
      return [heading(b, ctx, i === 0, `${ctx.section.id}_${i}`)];
    case 'list':
      return listParagraphs(b, ctx);
    case 'table':
      return [table(b, ctx)];
    case 'signature':
      return signature(b, ctx);
    case 'image':
      return [image(b)];
    case 'rule':
      return [rule(b, ctx)];
    case 'pageBreak':
      return [pageBreak(b)];
    case 'toc':
      return tableOfContents(b, ctx) as FileChild[];
  }
}
