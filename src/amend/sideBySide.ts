import type { Block, Cell, Inline } from '../compose/doc.js';
import { headerCell, table, textCell } from '../compose/table.js';
import type { FieldChange } from './changes.js';
import { changedLines, markWords, type LinePair } from './wordDiff.js';

/** A side that has no line here (added or removed): shaded, so the eye sees the gap. */
const NOTHING: Cell = { blocks: [{ type: 'paragraph', inlines: [{ text: '—' }], align: 'center' }], fill: '#F2F2F2' };

function side(s: LinePair['before']): Cell {
  if (!s) return NOTHING;
  const inlines: Inline[] = s.label ? [{ text: `${s.label} `, noBreak: true }, ...s.inlines] : s.inlines;
  return textCell(inlines);
}

export interface SideBySideRow {
  label: string;
  pairs: LinePair[];
}

/** Field | ฉบับเดิม | ฉบับใหม่: one row per changed line, the field named on its first. */
export function sideBySide(rows: SideBySideRow[], firstColumn = 'หัวข้อ', firstWidth = 140): Block {
  const header = [headerCell(firstColumn), headerCell('ฉบับเดิม'), headerCell('ฉบับใหม่')];
  const body = rows.flatMap((r) => r.pairs.map((p, i): Cell[] => [textCell(i ? '' : r.label), side(p.before), side(p.after)]));
  return table([firstWidth, 290, 290], 1, [header, ...body]);
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
