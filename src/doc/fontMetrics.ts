import { readFileSync } from 'node:fs';

/**
 * What the style sheet needs from a TrueType file, read straight from its tables (head, hhea, cmap, hmtx, loca,
 * glyf): the em, the line the font asks for, the height of ก and advance widths. No shaping, no kerning: enough to
 * size type and to measure labels, and the same numbers for the PDF and the DOCX writer.
 */
export class FontMetrics {
  private readonly view: DataView;
  private readonly tables = new Map<string, number>();
  private readonly glyphs = new Map<number, number>();
  readonly unitsPerEm: number;
  /** hhea ascent, descent (negative) and line gap, in font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  private readonly metricCount: number;

  constructor(bytes: Buffer) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => this.view.getUint8(at + k)));
      this.tables.set(tag, this.view.getUint32(at + 8));
    }
    const hhea = this.table('hhea');
    this.unitsPerEm = this.view.getUint16(this.table('head') + 18);
    this.ascent = this.view.getInt16(hhea + 4);
    this.descent = this.view.getInt16(hhea + 6);
    this.lineGap = this.view.getInt16(hhea + 8);
    this.metricCount = this.view.getUint16(hhea + 34);
    this.readCmap(this.table('cmap'));
  }

  private table(tag: string): number {
    const at = this.tables.get(tag);
    if (at === undefined) throw new Error(`not a TrueType font: no ${tag} table`);
    return at;
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

  /** The top of a character's outline (glyf yMax), in font units; 0 when the font lacks it. */
  top(char: string): number {
    const glyph = this.glyphs.get(char.codePointAt(0)!);
    if (glyph === undefined) return 0;
    const longOffsets = this.view.getInt16(this.table('head') + 50) === 1;
    const loca = this.table('loca');
    const offset = longOffsets ? this.view.getUint32(loca + glyph * 4) : this.view.getUint16(loca + glyph * 2) * 2;
    return this.view.getInt16(this.table('glyf') + offset + 8);
  }

  /** Advance width of a text in ems. Characters the font lacks count as half an em. */
  advance(text: string): number {
    let units = 0;
    for (const ch of text) {
      const glyph = this.glyphs.get(ch.codePointAt(0)!);
      units += glyph === undefined ? this.unitsPerEm / 2 : this.view.getUint16(this.table('hmtx') + Math.min(glyph, this.metricCount - 1) * 4);
    }
    return units / this.unitsPerEm;
  }

  /** The line pdfmake (pdfkit) gives the font per point of size: hhea ascent − descent, in ems. */
  get lineEm(): number {
    return (this.ascent - this.descent) / this.unitsPerEm;
  }
}

const cache = new Map<string, FontMetrics>();

/** The metrics of a font file, read once per path. */
export function fontMetrics(path: string): FontMetrics {
  let m = cache.get(path);
  if (!m) cache.set(path, (m = new FontMetrics(readFileSync(path))));
  return m;
}
