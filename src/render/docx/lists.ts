import { Paragraph as DocxParagraph, Tab, TabStopType, TextRun } from 'docx';
import type { List, ListItem } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { sizePt, STYLE } from './styles.js';
import { textRuns } from './text.js';
import { twips } from './units.js';

/**
 * Room for a level's labels, as the PDF writer sizes it: half an em per character of the longest label and a
 * little more, so "๑)" and "๑.๑)" line their text up the same way in both formats.
 */
function labelWidth(items: ListItem[], size: number): number {
  return Math.max(...items.map((i) => [...i.label].length)) * size * 0.5 + size * 0.6 + 2;
}

/**
 * A list as paragraphs: the printed label, a tab, the text, with a hanging indent so continuation lines align
 * after the label. Labels are text (Thai digits), not Word numbering: LibreOffice draws Word's thaiNumbers
 * format as 1) 2) 3), and the numbers are the Doc's to decide.
 */
export function listParagraphs(l: List, ctx: WriterContext, inTable = false, tableSize?: 'body' | 'small'): DocxParagraph[] {
  const sizeName = inTable ? l.size ?? tableSize ?? 'small' : l.size ?? 'body';
  const size = sizePt(ctx.style, sizeName);
  const out: DocxParagraph[] = [];
  const walk = (items: ListItem[], start: number, depth: number) => {
    const width = labelWidth(items, size);
    const left = twips(start + width);
    for (const item of items) {
      out.push(
        new DocxParagraph({
          style: inTable ? (sizeName === 'small' ? STYLE.tableText : STYLE.normal) : STYLE.list[Math.min(depth, STYLE.list.length - 1)],
          indent: { left, hanging: twips(width) },
          ...(l.keepWithNext && { keepNext: true }),
          tabStops: [{ type: TabStopType.LEFT, position: left }],
          children: [new TextRun({ text: item.label }), new TextRun({ children: [new Tab()] }), ...textRuns(item.inlines)],
        }),
      );
      if (item.children?.length) walk(item.children, start + width, depth + 1);
    }
  };
  walk(l.items, l.indent ?? 0, 0);
  return out;
}
