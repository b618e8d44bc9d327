import { inflateSync } from 'node:zlib';

/** The font sizes a PDF's content streams set (`/F1 10.68 Tf`), inflated from its Flate streams. */
export function fontSizes(pdf: Buffer): number[] {
  const sizes: number[] = [];
  const text = pdf.toString('latin1');
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      const body = inflateSync(pdf.subarray(start, end)).toString('latin1');
      for (const tf of body.matchAll(/\/F\d+ ([\d.]+) Tf/g)) sizes.push(Number(tf[1]));
    } catch {
      // not a Flate stream (fonts are, images may not be)
    }
  }
  return sizes;
}

/** The value that occurs most often. */
export function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
