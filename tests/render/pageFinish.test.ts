import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc, Paragraph } from '../../src/doc/doc.js';
import { LAYOUT, styleSheet } from '../../src/doc/style.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { pdfPages, writeTemp } from '../pdfText.js';

/**
 * Paragraphs of tagged words ("p7w12"): every printed line says which paragraph it belongs to, so the text layer
 * shows where page breaks fell. Lengths vary so that page ends fall at every place in a paragraph.
 */
const LENGTHS = Array.from({ length: 70 }, (_, i) => 12 + ((i * 37 + 11) % 23) * 9);
const paragraph = (p: number, words: number): Paragraph => ({
  type: 'paragraph',
  inlines: [{ text: Array.from({ length: words }, (_, w) => `p${p}w${w}`).join(' ') }],
  firstLineIndent: LAYOUT.indent.paragraph,
});

let pages: string[][];

beforeAll(async () => {
  const doc: Doc = {
    meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'th-TH', date: new Date(0), names: [] },
    sections: [{ id: 's', orientation: 'portrait', margins: LAYOUT.margins.portrait, numbering: { style: 'none' }, blocks: LENGTHS.map((n, p) => paragraph(p, n)) }],
    style: styleSheet(),
  };
  const pdf = writeTemp('finish.pdf', (await renderPdf(doc)).bytes);
  // Per page, the paragraph of each printed line.
  pages = pdfPages(pdf).map((page) => page.split('\n').map((l) => /p(\d+)w/.exec(l)?.[1]).filter((x): x is string => !!x));
});

describe('the lines of a paragraph at a page break', () => {
  it('breaks inside paragraphs (the test has page ends to look at)', () => {
    expect(pages.length).toBeGreaterThan(3);
    const split = pages.slice(1).filter((lines, i) => lines[0] === pages[i]!.at(-1));
    expect(split.length).toBeGreaterThan(1);
  });

  it('never leaves one line of a paragraph alone at the foot or the top of a page', () => {
    pages.forEach((lines, i) => {
      const next = pages[i + 1];
      if (!next || next[0] !== lines.at(-1)) return;
      const p = lines.at(-1)!;
      expect(lines.filter((x) => x === p).length, `page ${i + 1} foot, paragraph ${p}`).toBeGreaterThanOrEqual(2);
      expect(next.filter((x) => x === p).length, `page ${i + 2} top, paragraph ${p}`).toBeGreaterThanOrEqual(2);
    });
  });
});
