import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HorizontalPositionRelativeFrom, ImageRun, Paragraph as DocxParagraph, TextWrappingType, VerticalPositionRelativeFrom } from 'docx';
import type { Image } from '../../compose/doc.js';
import type { WriterContext } from './context.js';
import { pictureInfo } from './images.js';
import { paragraph } from './paragraphs.js';
import { pixels, twips } from './units.js';

/** Line pitch Word gives the line beside the image, as the PDF writer reckons it: size × 1.3 × 1.12. */
const PITCH = 1.3 * 1.12;
const SIZE_PT = { title: 26, subtitle: 20, body: 16, small: 14 } as const;

/**
 * The line centred on the page, on the image's last line; the image floats at the left margin, anchored
 * to the line's paragraph, in front of the text (the title is short and centred, so they never meet).
 */
export function imageBeside(b: Image, ctx: WriterContext): DocxParagraph {
  const line = b.beside!;
  const lineHeight = SIZE_PT[line.size ?? 'body'] * PITCH;
  const room = Math.max(0, b.height - lineHeight);
  const p = paragraph({ ...line, align: 'center', spaceBefore: (line.spaceBefore ?? 0) + room }, ctx);
  let data: Buffer | undefined;
  try {
    data = b.path ? readFileSync(b.path) : undefined;
  } catch {
    data = undefined;
  }
  const info = data && pictureInfo(data);
  if (!data || !info || !info.width || !info.height) return p;
  const width = (b.height * info.width) / info.height;
  const picture = new ImageRun({
    type: info.type,
    data,
    transformation: { width: pixels(width), height: pixels(b.height) },
    altText: { name: basename(b.path!), description: basename(b.path!), title: basename(b.path!) },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: twips(line.spaceBefore ?? 0) * 635 },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
  // Where the anchor stands among the runs does not matter: the picture is placed from the margin.
  p.addChildElement(picture);
  return p;
}
