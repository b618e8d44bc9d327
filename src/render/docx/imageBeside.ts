import { HorizontalPositionRelativeFrom, ImageRun, Paragraph as DocxParagraph, TextWrappingType, VerticalPositionRelativeFrom } from 'docx';
import type { Image } from '../../doc/doc.js';
import type { WriterContext } from './context.js';
import { altText, readPicture } from './images.js';
import { paragraph } from './paragraphs.js';
import { pitchPt } from '../../doc/style.js';
import { pixels, twips } from './units.js';

/**
 * The line centred on the page, on the image's last line; the image floats at the left margin, anchored
 * to the line's paragraph, in front of the text (the title is short and centred, so they never meet).
 */
export function imageBeside(b: Image, ctx: WriterContext): DocxParagraph {
  const line = b.beside!;
  const lineHeight = pitchPt(ctx.style, ctx.style.size[line.size ?? 'body']);
  const room = Math.max(0, b.height - lineHeight);
  const p = paragraph({ ...line, align: 'center', spaceBefore: (line.spaceBefore ?? 0) + room }, ctx);
  const picture = readPicture(b);
  if (!picture) return p;
  const { data, info, width } = picture;
  const run = new ImageRun({
    type: info.type,
    data,
    transformation: { width: pixels(width), height: pixels(b.height) },
    altText: altText(b.path!),
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: twips(line.spaceBefore ?? 0) * 635 },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
  // Where the anchor stands among the runs does not matter: the picture is placed from the margin.
  p.addChildElement(run);
  return p;
}
