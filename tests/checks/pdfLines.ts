import { execFileSync } from 'node:child_process';
import { requireTool } from '../pdfText.js';

/** One printed line as poppler reads it: its page, its horizontal extent and its text. */
export interface PdfLine {
  page: number;
  x0: number;
  x1: number;
  text: string;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e]!);

/** Page furniture, not text that runs on: "- ๒ -" page numbers and "…/next words" marks. */
const FURNITURE = [/^[-–]\s*[๐-๙0-9]+\s*[-–]$/, /^(…|\.\.\.)\//];

/**
 * The lines of a PDF in reading order (`pdftotext -bbox-layout`), words joined by one space, with the
 * extraction's known artefacts undone (ำ read as two characters, invisible joiners) and page
 * furniture left out, as the shared yardsticks breakcheck.mjs and thaibreaks.py read them.
 */
export function pdfLines(pdf: string): PdfLine[] {
  requireTool('pdftotext');
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 29 }).toString();
  const out: PdfLine[] = [];
  xml.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/line>/g)) {
      const words = [...m[3]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => unescape(w[1]!));
      const text = words
        .join(' ')
        .replace(/[\u200b\u2060]/g, '')
        .replace(/\u0e4d\u0e32/g, '\u0e33')
        .replace(/\u0e33\u0e32/g, '\u0e33');
      const trimmed = text.trim();
      if (!trimmed || FURNITURE.some((re) => re.test(trimmed))) continue;
      out.push({ page: i + 1, x0: Number(m[1]), x1: Number(m[2]), text });
    }
  });
  return out;
}
