import { Paragraph as DocxParagraph } from 'docx';
import type { Signature } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { STYLE, styleName } from './styles.js';
import { textRuns } from './text.js';
import { twips } from './units.js';

/**
 * Room to sign, the name in brackets and the position lines, centred in the column that starts at the Doc's
 * indent, and never split from each other: every line but the last keeps with the next, and the date line before
 * it keeps with the block.
 */
export function signature(s: Signature, ctx: WriterContext): DocxParagraph[] {
  const style = ctx.styles.styleFor({ id: STYLE.signature, name: styleName(STYLE.signature) }, { left: s.indent });
  const lines = [s.name, ...s.lines];
  return lines.map(
    (text, i) =>
      new DocxParagraph({
        style,
        ...(i === 0 && { spacing: { before: twips(s.space) } }),
        keepNext: i < lines.length - 1,
        keepLines: true,
        children: textRuns([{ text, noBreak: i === 0 }]),
      }),
  );
}
