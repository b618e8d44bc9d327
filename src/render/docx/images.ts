import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImageRun, LineRuleType, Paragraph as DocxParagraph } from 'docx';
import type { Image } from '../../doc/doc.js';
import { alignment, emptySpace } from './paragraphs.js';
import { STYLE } from './styles.js';
import { pixels } from './units.js';

type Picture = { type: 'png' | 'jpg' | 'gif' | 'bmp'; width: number; height: number };

/** Pixel size and type from the file's header (PNG, JPEG, GIF, BMP), to keep the picture's proportions. */
export function pictureInfo(data: Buffer): Picture | undefined {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length > 10 && data.toString('latin1', 0, 3) === 'GIF') return { type: 'gif', width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  if (data.length > 26 && data.toString('latin1', 0, 2) === 'BM') return { type: 'bmp', width: data.readInt32LE(18), height: Math.abs(data.readInt32LE(22)) };
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    for (let at = 2; at + 9 < data.length; ) {
      if (data[at] !== 0xff) break;
      const marker = data[at + 1]!;
      const length = data.readUInt16BE(at + 2);
      // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
      }
      at += 2 + length;
    }
  }
  return undefined;
}

/** The image's bytes, type and width at its height, or undefined when there is no file or it can't be read. */
export function readPicture(b: Image): { data: Buffer; info: Picture; width: number } | undefined {
  let data: Buffer | undefined;
  try {
    data = b.path ? readFileSync(b.path) : undefined;
  } catch {
    data = undefined;
  }
  const info = data && pictureInfo(data);
  if (!data || !info || !info.width || !info.height) return undefined;
  return { data, info, width: (b.height * info.width) / info.height };
}

/** Alternative text: the file's name. */
export const altText = (path: string) => ({ name: basename(path), description: basename(path), title: basename(path) });

/** An inline picture of the given height; with no file (or one that can't be read) the same room is left empty. */
export function image(b: Image): DocxParagraph {
  const picture = readPicture(b);
  if (!picture) return emptySpace(b.height, b.align);
  const { data, info, width } = picture;
  return new DocxParagraph({
    style: STYLE.normal,
    alignment: alignment(b.align),
    // The style sheet's exact line would crop the picture to one line's height.
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    children: [new ImageRun({ type: info.type, data, transformation: { width: pixels(width), height: pixels(b.height) }, altText: altText(b.path!) })],
  });
}
