import { readFileSync } from 'node:fs';
import { pdfPages } from '../pdfText.js';

/**
 * How much of the source's text a PDF carries (the logic of the shared pdfcheck.py `coverage`):
 * each paragraph of the source (a line, or a cell of a tab-separated table row) with at least 12
 * letters and some Thai counts as found when 90 % of its 6-letter shingles occur in the PDF's text
 * layer. Spaces and invisible characters are ignored on both sides, so line breaking, table layout
 * and hyphen or quote styles do not matter; wording, order within a paragraph and lost text do.
 */
export interface Coverage {
  paragraphs: number;
  covered: number;
  paragraphShare: number;
  charShare: number;
  missing: Array<{ share: number; text: string }>;
}

const SPACE = /[\s\u200b\u200c\u200d\u2060\u00ad\ufeff]+/g;

/** The letters that count: NFC, ำ typed as two characters joined, one kind of quote and dash, no spaces. */
export function normalize(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[“”"]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(SPACE, '');
}

/** The source's paragraphs: lines, split again at tabs and HTML paragraph marks, list marks dropped. */
export function sourceParagraphs(path: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split(/(?<=\n)/)) {
    for (const raw of line.replace(/<\/?p>/g, '\n').split(/[\t\n]/)) {
      const part = raw.replace(/^\s*(-\s+)?(###\s+)?(❖\s*)?/, '').trim();
      if ([...normalize(part)].length >= 12 && /[\u0e01-\u0e4f]/.test(part)) out.push(part);
    }
  }
  return out;
}

function shingles(s: string, k = 6): Set<string> {
  const out = new Set<string>();
  // Letters outside the BMP are rare: only then split by code point, which costs a string per letter.
  if (!/[\ud800-\udfff]/.test(s)) {
    for (let i = 0; i < Math.max(1, s.length - k + 1); i++) out.add(s.slice(i, i + k));
    return out;
  }
  const letters = [...s];
  for (let i = 0; i < Math.max(1, letters.length - k + 1); i++) out.add(letters.slice(i, i + k).join(''));
  return out;
}

/** `pages`: the PDF's text as pdfPages reads it, when the caller has it already (poppler is slow on 200 pages). */
export function coverage(source: string, pdf: string, pages: readonly string[] = pdfPages(pdf), need = 0.9): Coverage {
  const paragraphs = sourceParagraphs(source);
  const found = shingles(normalize(pages.join('\f')));
  let covered = 0;
  let chars = 0;
  let total = 0;
  const missing: Coverage['missing'] = [];
  for (const p of paragraphs) {
    const n = normalize(p);
    const own = shingles(n);
    let hits = 0;
    for (const s of own) if (found.has(s)) hits++;
    const share = hits / own.size;
    total += [...n].length;
    if (share >= need) {
      covered++;
      chars += [...n].length;
    } else if (missing.length < 15) missing.push({ share: Math.round(share * 100) / 100, text: p.slice(0, 90) });
  }
  return { paragraphs: paragraphs.length, covered, paragraphShare: covered / paragraphs.length, charShare: chars / total, missing };
}
