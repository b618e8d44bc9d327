import { diffArrays } from 'diff';
import type { Inline } from '../doc/doc.js';
import { thaiWordBreaks } from '../thai/lineBreak.js';
import type { Line } from './projectFields.js';

const THAI = /[\u0e01-\u0e4e]/;

/**
 * A text cut into words whose concatenation is the text: spaces apart, and Thai cut where the Thai
 * module's segmentation (ICU with the plan's lexicon) sees a word boundary, or where Thai meets
 * another script. Thai writes no spaces between words, so without this one changed word would mark
 * a whole phrase.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(/\s+|\S+/g)) {
    if (/^\s/.test(run)) {
      out.push(run);
      continue;
    }
    const cuts = new Set(thaiWordBreaks(run));
    for (let i = 1; i < run.length; i++) if (THAI.test(run[i - 1]!) !== THAI.test(run[i]!)) cuts.add(i);
    let start = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      out.push(run.slice(start, cut));
      start = cut;
    }
    out.push(run.slice(start));
  }
  return out;
}

/** Runs of text: words only on this side bold, the rest plain; neighbours of one kind joined. */
function runs(parts: Array<{ text: string; changed: boolean }>): Inline[] {
  const out: Inline[] = [];
  for (const p of parts) {
    const changed = p.changed && /\S/.test(p.text);
    const last = out.at(-1);
    if (last && Boolean(last.bold) === changed) last.text += p.text;
    else out.push(changed ? { text: p.text, bold: true } : { text: p.text });
  }
  return out;
}

/**
 * Characters of one piece: about ten lines in a third of a landscape page. A card's paragraph runs
 * to 1,900 characters; shown whole in a table cell it would be taller than a page, which a table row
 * must not be (the PDF writer drops such a row with the header kept to it).
 */
export const PIECE_CHARS = 450;

/** Where a text may be cut at or before `limit`: after a space, else at a Thai word boundary, else anywhere. */
function cutAt(text: string, limit: number): number {
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= limit / 2) return space + 1;
  const word = thaiWordBreaks(text.slice(0, limit + 1)).filter((p) => p <= limit).at(-1);
  return word !== undefined && word >= limit / 2 ? word : limit;
}

/** The two readings of a line, cut at the same places into pieces that face each other. */
export interface Piece {
  before: Inline[];
  after: Inline[];
}

/**
 * Two readings of one line, each with the words it does not share with the other marked, in pieces of
 * at most `max` characters a side. Text both share is cut at the same word on both sides, so each
 * piece of the old reading faces the piece of the new one that says the same.
 */
export function markedPieces(before: string, after: string, max = PIECE_CHARS): Piece[] {
  const pieces: Array<{ a: Array<{ text: string; changed: boolean }>; b: Array<{ text: string; changed: boolean }>; na: number; nb: number }> = [];
  const open = () => pieces.push({ a: [], b: [], na: 0, nb: 0 });
  open();
  const add = (side: 'a' | 'b', text: string, changed: boolean) => {
    const p = pieces.at(-1)!;
    p[side].push({ text, changed });
    if (side === 'a') p.na += text.length;
    else p.nb += text.length;
  };
  for (const part of diffArrays(words(before), words(after))) {
    let text = part.value.join('');
    const sides: Array<'a' | 'b'> = part.added ? ['b'] : part.removed ? ['a'] : ['a', 'b'];
    const used = () => Math.max(...sides.map((side) => (side === 'a' ? pieces.at(-1)!.na : pieces.at(-1)!.nb)));
    while (used() + text.length > max) {
      const room = max - used();
      const cut = room > 0 ? cutAt(text, room) : 0;
      for (const side of sides) add(side, text.slice(0, cut), Boolean(part.added || part.removed));
      text = text.slice(cut);
      open();
    }
    for (const side of sides) add(side, text, Boolean(part.added || part.removed));
  }
  const out = pieces.map((p) => ({ before: runs(p.a), after: runs(p.b) })).filter((p) => p.before.length + p.after.length > 0);
  return out.length ? out : [{ before: [], after: [] }];
}

/** Two readings of one line, each with the words it does not share with the other marked. */
export function markWords(before: string, after: string): Piece {
  const [whole] = markedPieces(before, after, Infinity);
  return whole ?? { before: [], after: [] };
}

/** One row of a side-by-side view: a line of the old version, of the new, or one changed into the other. */
export interface LinePair {
  before?: { label?: string; inlines: Inline[] };
  after?: { label?: string; inlines: Inline[] };
  /** The same, cut into pieces that fit a table cell and face each other. */
  pieces: Piece[];
}

/** A line on one side, with the other side empty: marked whole, cut into pieces. */
function alone(text: string, side: 'before' | 'after'): Piece[] {
  return side === 'before' ? markedPieces(text, '') : markedPieces('', text);
}

/** One side of the pieces as one line again, runs of one kind that a cut parted joined back. */
function joined(pieces: Piece[], side: 'before' | 'after'): Inline[] {
  const out: Inline[] = [];
  for (const inline of pieces.flatMap((p) => p[side])) {
    const last = out.at(-1);
    if (last && Boolean(last.bold) === Boolean(inline.bold)) last.text += inline.text;
    else out.push({ ...inline });
  }
  return out;
}

/** One value before and after (either may be absent), the changed words marked. */
export function valuePair(before: string | undefined, after: string | undefined): LinePair {
  const pieces = before !== undefined && after !== undefined ? markedPieces(before, after) : before !== undefined ? alone(before, 'before') : alone(after ?? '', 'after');
  return {
    before: before === undefined ? undefined : { inlines: joined(pieces, 'before') },
    after: after === undefined ? undefined : { inlines: joined(pieces, 'after') },
    pieces,
  };
}

/**
 * The lines that differ between two readings of a field, paired: a line edited in place sits beside
 * its new reading with the changed words marked; an added or removed line stands alone. Lines are
 * compared without their list labels, so a renumbered list shows only the item that changed.
 */
export function changedLines(before: Line[], after: Line[]): LinePair[] {
  const out: LinePair[] = [];
  let i = 0;
  let j = 0;
  const parts = diffArrays(before.map((l) => l.text), after.map((l) => l.text));
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.added && !part.removed) {
      i += part.value.length;
      j += part.value.length;
      continue;
    }
    const removed = part.removed ? before.slice(i, (i += part.value.length)) : [];
    const next = parts[k + 1];
    const added = part.added ? after.slice(j, (j += part.value.length)) : next?.added ? after.slice(j, (j += next.value.length)) : [];
    if (part.removed && next?.added) k++;
    for (let n = 0; n < Math.max(removed.length, added.length); n++) {
      const old = removed[n];
      const now = added[n];
      const pieces = old && now ? markedPieces(old.text, now.text) : old ? alone(old.text, 'before') : alone(now!.text, 'after');
      out.push({
        before: old && { label: old.label, inlines: joined(pieces, 'before') },
        after: now && { label: now.label, inlines: joined(pieces, 'after') },
        pieces,
      });
    }
  }
  return out;
}
