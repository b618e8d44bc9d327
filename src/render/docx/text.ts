import { TextRun } from 'docx';
import type { Inline } from '../../compose/doc.js';
import { noBreakSpans, thaiWordBreaks } from '../../thai/index.js';

const NBSP = '\u00a0';
/** Marks Thai word boundaries while the pages are estimated; removed from the package afterwards (see reproducible.ts). */
export const ESTIMATE_BREAK = '\u200b';

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

/** Thai word boundaries as zero-width spaces, so the page estimate breaks Thai lines where Word does. */
export function withWordBreaks(text: string): string {
  const breaks = thaiWordBreaks(text);
  if (breaks.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += text.slice(from, at) + ESTIMATE_BREAK;
    from = at;
  }
  return out + text.slice(from);
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** Insert word-boundary marks for the page estimate. */
  estimate?: boolean;
}

/** Inline runs → Word runs: bold and italic (with their complex-script twins), no-break runs kept whole, new lines kept. */
export function textRuns(inlines: Inline[], style: RunStyle = {}): TextRun[] {
  return inlines.flatMap((inline) => {
    const text = keepTogether(inline.text, inline.noBreak);
    return text.split('\n').map((line, i) =>
      new TextRun({
        text: style.estimate && !inline.noBreak ? withWordBreaks(line) : line,
        ...(i > 0 && { break: 1 }),
        ...((inline.bold || style.bold) && { bold: true, boldComplexScript: true }),
        ...((inline.italic || style.italic) && { italics: true, italicsComplexScript: true }),
      }),
    );
  });
}

export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
