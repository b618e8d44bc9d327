import { diffArrays } from 'diff';
import type { Inline } from '../compose/doc.js';
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

/** Two readings of one line, each with the words it does not share with the other marked. */
export function markWords(before: string, after: string): { before: Inline[]; after: Inline[] } {
  const a: Array<{ text: string; changed: boolean }> = [];
  const b: Array<{ text: string; changed: boolean }> = [];
  for (const part of diffArrays(words(before), words(after))) {
    const text = part.value.join('');
    if (!part.added) a.push({ text, changed: Boolean(part.removed) });
    if (!part.removed) b.push({ text, changed: Boolean(part.added) });
  }
  return { before: runs(a), after: runs(b) };
}

/** One row of a side-by-side view: a line of the old version, of the new, or one changed into the other. */
export interface LinePair {
  before?: { label?: string; inlines: Inline[] };
  after?: { label?: string; inlines: Inline[] };
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
      const marked = old && now ? markWords(old.text, now.text) : undefined;
      out.push({
        before: old && { label: old.label, inlines: marked?.before ?? [{ text: old.text, bold: true }] },
        after: now && { label: now.label, inlines: marked?.after ?? [{ text: now.text, bold: true }] },
      });
    }
  }
  return out;
}
