import { pdfPages } from '../pdfText.js';

/**
 * The labels the plan PDF's own contents give, in order ("ก", "ข", "๑" …): the last word of each entry's line.
 */
export function pdfContentsLabels(pdf: string, pages: readonly string[] = pdfPages(pdf, '-layout')): string[] {
  const first = pages.findIndex((p) => p.includes('สารบัญ') && p.includes('หน้า'));
  // The contents are front matter: their pages are lettered (ก ข …), the body's numbered.
  const lettered = (p: string) => /^[ก-ฮ]$/.test(p.trim().split('\n')[0]!.trim());
  const end = pages.findIndex((p, i) => i > first && !lettered(p));
  const contents = pages.slice(first, end);
  // An entry's line: its words, a wide gap, the label. (A page's own label stands alone on its first line.)
  return contents.flatMap((p) => p.split('\n').slice(1)).flatMap((l) => /^\s*\S.*?\s{2,}([ก-ฮ]|[๐-๙0-9]+)\s*$/.exec(l)?.[1] ?? []);
}
