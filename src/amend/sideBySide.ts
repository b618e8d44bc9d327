import type { Block, Cell, Inline } from '../doc/doc.js';
import { headerCell, table, textCell } from '../compose/table.js';
import type { FieldChange } from './changes.js';
import { changedLines, valuePair, type LinePair } from './wordDiff.js';

/** A side that has no line here (added or removed): shaded, so the eye sees the gap. */
const NOTHING: Cell = { blocks: [{ type: 'paragraph', inlines: [{ text: '—' }], align: 'center' }], fill: '#F2F2F2' };

/**
 * A pair of lines as table rows, one per piece, the pieces of the two readings facing each other.
 * A long paragraph so goes on over several rows, each short enough for a page (see PIECE_CHARS).
 */
function pairRows(label: string, pair: LinePair): Cell[][] {
  const cell = (side: 'before' | 'after', i: number): Cell => {
    const line = pair[side];
    if (!line) return NOTHING;
    const inlines = pair.pieces[i]![side];
    return textCell(i === 0 && line.label ? [{ text: `${line.label} `, noBreak: true }, ...inlines] : inlines);
  };
  return pair.pieces.map((_, i) => [textCell(i ? '' : label), cell('before', i), cell('after', i)]);
}

export interface SideBySideRow {
  label: string;
  pairs: LinePair[];
}

/**
 * Field | ฉบับเดิม | ฉบับใหม่ under what changed (a card, a part of the plan) across the width: one
 * row per changed line, the field named on its first. The title is a header row, so it repeats on a
 * continuation page and never stays behind alone at the foot of a page.
 */
export function sideBySide(title: Inline[], rows: SideBySideRow[], firstColumn = 'หัวข้อ', firstWidth = 140): Block {
  const header: Cell[][] = [
    [textCell(title, { colSpan: 3, fill: '#F2F2F2' }), { blocks: [] }, { blocks: [] }],
    [headerCell(firstColumn), headerCell('ฉบับเดิม'), headerCell('ฉบับใหม่')],
  ];
  const body = rows.flatMap((r) => r.pairs.flatMap((p, i) => pairRows(i ? '' : r.label, p)));
  // Rows may break across pages too: a row is never dropped for being taller than the room left.
  return { ...table([firstWidth, 290, 290], header.length, [...header, ...body]), keepRowsTogether: false };
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
