import { TextRun } from 'docx';
import type { Inline } from '../../doc/doc.js';
import { noBreakSpans } from '../../thai/index.js';

const NBSP = '\u00a0';

/**
 * Spaces inside spans that must stay on one line ("พ.ศ. ๒๕๖๖", "ข้อ ๑", "(นาย…)") become no-break spaces, as the
 * Thai module defines them; a no-break run has all of its spaces kept.
 */
export function keepTogether(text: string, whole = false): string {
  if (whole) return text.replace(/ /g, NBSP);
  let out = text;
  for (const [start, end] of noBreakSpans(text)) {
    out = out.slice(0, start) + out.slice(start, end).replace(/ /g, NBSP) + out.slice(end);
  }
  return out;
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
}

/**
 * What LibreOffice's Thai dictionary would split: a number in Thai digits with the separators inside it
 * ("๒๕๖๑", "๒,๘๓๓,๐๐๐", "๕๐๔/๒๕๖๕", "๒๕๖๑-๒๕๘๐"), and a Thai abbreviation ("พ.ศ.", "ส.ต.ท.", "พ.ร.บ."), with a
 * bracket that opens or closes on it: left in the Thai run, "(" let LibreOffice 7.4 break "(พ|.ศ." (measured on
 * 110 line ends: 30 such breaks with the bracket outside, none with it inside).
 */
const THAI_NUMBER = /(\(?(?:[๐-๙](?:[๐-๙]|[,./-](?=[๐-๙]))*|(?<![ก-ฮ])[ก-ฮ]\.(?:[ก-ฮ]\.)+)\)?)/;

/**
 * These take no Thai language tag: LibreOffice breaks Thai-tagged text with its Thai dictionary, which splits
 * numbers anywhere ("พ.ศ. ๒|๕๖๑") and abbreviations before their last dot ("พ.ศ|."); tagged en-US they follow
 * the Unicode rules, which never split them. Word breaks them by script either way, and draws them in the
 * complex-script font (Sarabun) as before.
 */
const NUMBER_LANGUAGE = { value: 'en-US', bidirectional: 'en-US' } as const;

/** A line cut into numbers and the text between them; an empty line stays one empty piece. */
function pieces(line: string): Array<{ text: string; number: boolean }> {
  return line
    .split(THAI_NUMBER)
    .map((text, k) => ({ text, number: k % 2 === 1 }))
    .filter((p, _k, all) => p.text !== '' || all.length === 1);
}

/** Inline runs → Word runs: bold and italic (with their complex-script twins), no-break runs kept whole, new lines kept. */
export function textRuns(inlines: Inline[], style: RunStyle = {}): TextRun[] {
  return inlines.filter((inline) => inline.text !== '').flatMap((inline) => {
    const text = keepTogether(inline.text, inline.noBreak);
    return text.split('\n').flatMap((line, i) =>
      // A run kept whole (a date) is one en-US run, brackets and no-break spaces included: split into Thai and
      // number runs, LibreOffice 7.4 still broke it ("พ|.ศ.", "พ|ฤศจิกายน" after a no-break space; measured).
      (inline.noBreak ? [{ text: line, number: true }] : pieces(line)).map(
        (piece, k) =>
          new TextRun({
            text: piece.text,
            ...(i > 0 && k === 0 && { break: 1 }),
            ...(piece.number && { language: NUMBER_LANGUAGE }),
            ...((inline.bold || style.bold) && { bold: true, boldComplexScript: true }),
            ...((inline.italic || style.italic) && { italics: true, italicsComplexScript: true }),
          }),
      ),
    );
  });
}

export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
