import type { Block, Cell, Inline } from '../compose/doc.js';
import { headerCell, table, textCell } from '../compose/table.js';
import type { FieldChange } from './changes.js';
import { thaiWordBreaks } from '../thai/lineBreak.js';
import { changedLines, markWords, type LinePair } from './wordDiff.js';

/** A side that has no line here (added or removed): shaded, so the eye sees the gap. */
const NOTHING: Cell = { blocks: [{ type: 'paragraph', inlines: [{ text: '—' }], align: 'center' }], fill: '#F2F2F2' };

/**
 * Characters of one cell: about fifteen lines of a third of a landscape page. A longer paragraph (a
 * card's rationale runs to 1,900) goes on over several rows, each small enough to stay on a page with
 * the repeated header: a table row that cannot fit on a page is dropped by the PDF writer.
 */
const CELL_CHARS = 600;

/** Where a run may be cut at or before `limit`: a space, else a Thai word boundary, else anywhere. */
function cutAt(text: string, limit: number): number {
  const space = text.lastIndexOf(' ', limit);
  if (space > limit / 2) return space + 1;
  const word = thaiWordBreaks(text.slice(0, limit + 1)).filter((p) => p <= limit).at(-1);
  return word && word > limit / 2 ? word : limit;
}

/** Inline runs cut into pieces of at most CELL_CHARS characters, each run keeping its marking. */
function pieces(inlines: Inline[], max = CELL_CHARS): Inline[][] {
  const out: Inline[][] = [[]];
  let room = max;
  for (const inline of inlines) {
    let text = inline.text;
    while (text.length > room && !inline.noBreak) {
      const cut = cutAt(text, room);
      out.at(-1)!.push({ ...inline, text: text.slice(0, cut) });
      out.push([]);
      text = text.slice(cut);
      room = max;
    }
    out.at(-1)!.push({ ...inline, text });
    room -= text.length;
  }
  return out.filter((p) => p.some((i) => i.text.trim()));
}

function sides(s: LinePair['before']): Cell[] {
  if (!s) return [NOTHING];
  const inlines: Inline[] = s.label ? [{ text: `${s.label} `, noBreak: true }, ...s.inlines] : s.inlines;
  return pieces(inlines).map((p) => textCell(p));
}

/** A pair of lines as rows: one, or more when a side is longer than a cell should hold. */
function pairRows(label: string, pair: LinePair): Cell[][] {
  const before = sides(pair.before);
  const after = sides(pair.after);
  const filler = (list: Cell[]) => (list[0] === NOTHING ? NOTHING : { blocks: [] });
  return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => [
    textCell(i ? '' : label),
    before[i] ?? filler(before),
    after[i] ?? filler(after),
  ]);
}

export interface SideBySideRow {
  label: string;
  pairs: LinePair[];
}

/** Field | ฉบับเดิม | ฉบับใหม่: one row per changed line, the field named on its first. */
export function sideBySide(rows: SideBySideRow[], firstColumn = 'หัวข้อ', firstWidth = 140): Block {
  const header = [headerCell(firstColumn), headerCell('ฉบับเดิม'), headerCell('ฉบับใหม่')];
  const body = rows.flatMap((r) => r.pairs.flatMap((p, i) => pairRows(i ? '' : r.label, p)));
  // Rows may break across pages too: a row is never dropped for being taller than the room left.
  return { ...table([firstWidth, 290, 290], 1, [header, ...body]), keepRowsTogether: false };
}

/** The rows of a card's changed fields. */
export function fieldRows(fields: FieldChange[]): SideBySideRow[] {
  return fields.map((f) => {
    const pairs = changedLines(f.before, f.after);
    // The value changed but every line reads the same (a default written out, say): show it whole.
    const text = (lines: FieldChange['before']) => lines.map((l) => (l.label ? `${l.label} ${l.text}` : l.text)).join(' ');
    return { label: f.label, pairs: pairs.length ? pairs : [valuePair(text(f.before), text(f.after))] };
  });
}

/** One value before and after (either may be absent), the changed words marked. */
export function valuePair(before: string | undefined, after: string | undefined): LinePair {
  if (before !== undefined && after !== undefined) {
    const m = markWords(before, after);
    return { before: { inlines: m.before }, after: { inlines: m.after } };
  }
  return {
    before: before === undefined ? undefined : { inlines: [{ text: before, bold: true }] },
    after: after === undefined ? undefined : { inlines: [{ text: after, bold: true }] },
  };
}
