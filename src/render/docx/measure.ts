import { readFileSync } from 'node:fs';
import { SARABUN } from '../pdf/fonts.js';

/** Advance widths from a TrueType file (cmap + hmtx): enough to size a hanging label; no shaping, no kerning. */
class Advances {
  private readonly view: DataView;
  private readonly unitsPerEm: number;
  private readonly hmtx: number;
  private readonly metricCount: number;
  private readonly glyphs = new Map<number, number>();

  constructor(bytes: Buffer) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tables = new Map<string, number>();
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => this.view.getUint8(at + k)));
      tables.set(tag, this.view.getUint32(at + 8));
    }
    this.unitsPerEm = this.view.getUint16(tables.get('head')! + 18);
    this.metricCount = this.view.getUint16(tables.get('hhea')! + 34);
    this.hmtx = tables.get('hmtx')!;
    this.readCmap(tables.get('cmap')!);
  }

  /** Format 4 (BMP) subtable of the Windows Unicode encoding: Thai and Latin are all in the BMP. */
  private readCmap(cmap: number): void {
    const v = this.view;
    const n = v.getUint16(cmap + 2);
    for (let i = 0; i < n; i++) {
      const platform = v.getUint16(cmap + 4 + i * 8);
      const encoding = v.getUint16(cmap + 6 + i * 8);
      const sub = cmap + v.getUint32(cmap + 8 + i * 8);
      if (platform !== 3 || encoding !== 1 || v.getUint16(sub) !== 4) continue;
      const segments = v.getUint16(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = v.getUint16(ends + s * 2);
        const start = v.getUint16(starts + s * 2);
        const delta = v.getInt16(deltas + s * 2);
        const offset = v.getUint16(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (offset === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = v.getUint16(offsets + s * 2 + offset + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph) this.glyphs.set(c, glyph);
        }
      }
      return;
    }
  }

  /** Width in points at `size`. Characters the font lacks count as half an em. */
  width(text: string, size: number): number {
    let units = 0;
    for (const ch of text) {
      const glyph = this.glyphs.get(ch.codePointAt(0)!);
      units += glyph === undefined ? this.unitsPerEm / 2 : this.view.getUint16(this.hmtx + Math.min(glyph, this.metricCount - 1) * 4);
    }
    return (units / this.unitsPerEm) * size;
  }
}

let regular: Advances | undefined;
let bold: Advances | undefined;

/** How wide a text is in Sarabun, in points. */
export function textWidthPt(text: string, size: number, isBold = false): number {
  if (isBold) return (bold ??= new Advances(readFileSync(SARABUN.bold))).width(text, size);
  return (regular ??= new Advances(readFileSync(SARABUN.normal))).width(text, size);
}
