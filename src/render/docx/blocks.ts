import { LineRuleType, Paragraph as DocxParagraph, type FileChild } from 'docx';
import type { Block, Heading, Table } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { chartParagraph } from './charts.js';
import { imageBeside } from './imageBeside.js';
import { image } from './images.js';
import { listParagraphs } from './lists.js';
import { continuation, heading, pageBreak, paragraph, rule } from './paragraphs.js';
import { signature } from './signature.js';
import { STYLE } from './styles.js';
import { joinable, table } from './tables.js';
import { tableOfContents } from './toc.js';

/**
 * The blocks of one section, in order. A heading that starts a page does so by the section break when it comes
 * first. Consecutive tables on the same grid are written as one table; two tables on different grids are kept
 * apart by a hairline paragraph, as Word needs a paragraph between tables.
 */
export function sectionChildren(ctx: WriterContext): FileChild[] {
  const out: FileChild[] = [];
  const blocks = ctx.section.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'heading') {
      const next = continuation(b, blocks[i + 1]);
      out.push(heading(b, ctx, i === 0, `${ctx.section.id}_${i}`, next));
      if (next) i++;
      continue;
    }
    if (b.type !== 'table') {
      out.push(...block(b, ctx, i));
      continue;
    }
    const group: Table[] = [b];
    while (blocks[i + 1]?.type === 'table' && joinable(b, blocks[i + 1] as Table)) group.push(blocks[++i] as Table);
    if (blocks[i - group.length]?.type === 'table') {
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
