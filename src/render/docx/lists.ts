import { Paragraph as DocxParagraph, Tab, TabStopType, TextRun, type INumberingOptions } from 'docx';
import type { List, ListItem } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { levelOptions, listLevels, ownGroup, type LevelPattern } from './listNumbering.js';
import { sizePt, STYLE } from './styles.js';
import { textRuns } from './text.js';
import { twips } from './units.js';

type NumberingDefinition = INumberingOptions['config'][number];

/**
 * The document's list definitions (numbering.xml), one abstract definition per distinct set of levels and
 * indents, and one list instance per Doc list, so each list counts from its own start and an item inserted in
 * Word renumbers the ones after it.
 */
export class ListDefinitions {
  private readonly byKey = new Map<string, NumberingDefinition>();
  private instances = 0;
  /** Lists whose labels stayed text (Word's counting could not print them). */
  textLabelled = 0;

  reference(levels: NumberingDefinition['levels']): string {
    const key = JSON.stringify(levels);
    let definition = this.byKey.get(key);
    if (!definition) {
      definition = { reference: `list-${this.byKey.size + 1}`, levels };
      this.byKey.set(key, definition);
    }
    return definition.reference;
  }

  /** A new list instance: numbering restarts at every level's start. */
  instance(): number {
    return ++this.instances;
  }

  get config(): NumberingDefinition[] {
    return [...this.byKey.values()];
  }
}

/**
 * Room for a level's labels, as the PDF writer sizes it: half an em per character of the longest label and a
 * little more, so "๑)" and "๑.๑)" line their text up the same way in both formats.
 */
function labelWidth(items: ListItem[], size: number): number {
  return Math.max(...items.map((i) => [...i.label].length)) * size * 0.5 + size * 0.6 + 2;
}

/** Every label at each depth, to size each Word level (one indent per level). */
function itemsByDepth(items: ListItem[], depth = 0, out: ListItem[][] = []): ListItem[][] {
  (out[depth] ??= []).push(...items);
  for (const i of items) if (i.children?.length) itemsByDepth(i.children, depth + 1, out);
  return out;
}

/**
 * A list as Word numbered paragraphs: the level's number format and template print the Doc's labels (Thai
 * digits as thaiNumbers), the indents live in the list definition, the paragraph carries only its style and its
 * w:numPr. A list whose labels Word's counting can't reproduce keeps them as text with a hanging indent.
 */
export function listParagraphs(l: List, ctx: WriterContext, inTable = false, tableSize?: 'body' | 'small'): DocxParagraph[] {
  const sizeName = inTable ? l.size ?? tableSize ?? 'small' : l.size ?? 'body';
  const size = sizePt(ctx.style, sizeName);
  const styleAt = (depth: number): string => (inTable ? (sizeName === 'small' ? STYLE.tableText : STYLE.normal) : STYLE.list[Math.min(depth, STYLE.list.length - 1)]!);
  const levels = listLevels(l.items);
  if (!levels) return textLabelled(l, ctx, size, styleAt);
  const indents: Array<{ left: number; hanging: number }> = [];
  let start = l.indent ?? 0;
  for (const items of itemsByDepth(l.items)) {
    const width = labelWidth(items, size);
    indents.push({ left: twips(start + width), hanging: twips(width) });
    start += width;
  }
  const out: DocxParagraph[] = [];
  const walk = (items: ListItem[], depth: number, own: LevelPattern[], reference: string, instance: number) => {
    for (const item of items) {
      out.push(
        new DocxParagraph({
          style: styleAt(depth),
          numbering: { reference, level: depth, instance },
          ...(l.keepWithNext && { keepNext: true }),
          children: textRuns(item.inlines),
        }),
      );
      if (!item.children?.length) continue;
      const group = ownGroup(own, item.children, depth + 1);
      if (!group) walk(item.children, depth + 1, own, reference, instance);
      else {
        const inner = listLevels(item.children, [...own.slice(0, depth + 1), group], depth + 1)!;
        walk(item.children, depth + 1, inner, ctx.lists.reference(levelOptions(inner, indents)), ctx.lists.instance());
      }
    }
  };
  walk(l.items, 0, levels, ctx.lists.reference(levelOptions(levels, indents)), ctx.lists.instance());
  return out;
}

/** The label as text, a tab, the text, with a hanging indent so continuation lines align after the label. */
function textLabelled(l: List, ctx: WriterContext, size: number, styleAt: (depth: number) => string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const walk = (items: ListItem[], start: number, depth: number) => {
    const width = labelWidth(items, size);
    const left = twips(start + width);
    for (const item of items) {
      out.push(
        new DocxParagraph({
          style: styleAt(depth),
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
  ctx.lists.textLabelled++;
  return out;
}
