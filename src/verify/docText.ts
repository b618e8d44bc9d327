import type { Block, Doc, Inline, ListItem } from '../doc/doc.js';

/** Where a run of text stands in a Doc: its section and the headings above it (a card's name). */
export interface DocPlace {
  section: string;
  /** The nearest heading above the run, and the nearest card heading (level 3) when there is one. */
  heading?: string;
  card?: string;
}

export interface DocRun {
  text: string;
  place: DocPlace;
}

const join = (inlines: Inline[]) => inlines.map((i) => i.text).join('');

/**
 * Every piece of text a Doc asks to print, in reading order: each paragraph, heading, label, list
 * item, table cell and signature line, and each entry of the table of contents. Each is one text
 * node of the layout, so each must come out of the layout whole.
 */
export function docRuns(doc: Doc): DocRun[] {
  const runs: DocRun[] = [];
  const headings = doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'heading');
  for (const section of doc.sections) {
    const place: DocPlace = { section: section.id };
    const add = (text: string) => runs.push({ text, place: { ...place } });
    const items = (list: ListItem[]): void => {
      for (const item of list) {
        add(item.label);
        add(join(item.inlines));
        items(item.children ?? []);
      }
    };
    const block = (b: Block): void => {
      switch (b.type) {
        case 'heading':
          place.heading = join(b.inlines);
          if (b.level === 3) place.card = place.heading;
          else if (b.level < 3) delete place.card;
          add(place.heading);
          return;
        case 'paragraph':
          if (b.hangingLabel) add(b.hangingLabel);
          add(join(b.inlines));
          return;
        case 'list':
          items(b.items);
          return;
        case 'table':
          for (const cell of b.rows.flat()) cell.blocks.forEach(block);
          return;
        case 'signature':
          [b.name, ...b.lines].forEach(add);
          return;
        case 'toc':
          for (const h of headings) if (h.type === 'heading' && h.toc !== undefined) add(h.toc);
          return;
        default:
      }
    };
    section.blocks.forEach(block);
  }
  return runs;
}
