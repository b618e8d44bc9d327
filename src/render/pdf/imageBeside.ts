import type { Image } from '../../doc/doc.js';

type Node = Record<string, unknown>;

/**
 * An image at the left margin with a line beside it, centred on the page and sitting on the image's
 * bottom: three columns, the last as wide as the first, keep the line's centre the page's centre.
 * With no file the room is kept, so the line stands where it will with the image.
 */
export function imageBeside(b: Image, line: Node, lineHeight: number): Node {
  const side = b.height;
  const picture = b.path ? { image: b.path, fit: [side, b.height] } : { text: ' ', margin: [0, b.height - lineHeight, 0, 0] };
  return {
    columns: [
      { width: side, stack: [picture] },
      { width: '*', stack: [{ ...line, margin: [0, Math.max(0, b.height - lineHeight), 0, 0] }], alignment: 'center' },
      { width: side, text: '' },
    ],
    columnGap: 0,
  };
}
