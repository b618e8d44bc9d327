import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc, ListItem } from '../../src/doc/doc.js';
import { LAYOUT, styleSheet } from '../../src/doc/style.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { pdfPages, writeTemp } from '../pdfText.js';

/**
 * A long list of items of tagged words ("i7w3"), labelled "L7)": read with pdftotext -layout, a label and its text's
 * first line share one printed line. Lengths vary (1 to 5 lines) so that page ends fall before every kind of item,
 * including the two-line items whose first line the page finish moves to the next page.
 */
const LENGTHS = Array.from({ length: 90 }, (_, i) => 4 + ((i * 29 + 7) % 17) * 5);
const item = (k: number, words: number): ListItem => ({
  label: `L${k})`,
  inlines: [{ text: Array.from({ length: words }, (_, w) => `i${k}w${w}`).join(' ') }],
});

/** Per page, its printed lines. */
let pages: string[][];

beforeAll(async () => {
  const doc: Doc = {
    meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'th-TH', date: new Date(0), names: [] },
    sections: [{
      id: 's', orientation: 'portrait', margins: LAYOUT.margins.portrait, numbering: { style: 'none' },
      blocks: [{ type: 'list', items: LENGTHS.map((n, k) => item(k, n)) }],
    }],
    style: styleSheet(),
  };
  const pdf = writeTemp('list-labels.pdf', (await renderPdf(doc)).bytes);
  pages = pdfPages(pdf, '-layout').map((page) => page.split('\n').filter((l) => /\S/.test(l)));
});

describe('a list item at a page break', () => {
  it('has page ends to look at: items whose text runs on over a page break, and items that open a page', () => {
    expect(pages.length).toBeGreaterThan(4);
    const opening = pages.slice(1).filter((lines) => /L\d+\)\s+i\d+w0\b/.test(lines[0]!));
    expect(opening.length).toBeGreaterThan(0);
  });

  it('prints every label on the line where its text begins, never alone at the foot of a page', () => {
    const lines = pages.flat();
    LENGTHS.forEach((_, k) => {
      const labelled = lines.filter((l) => new RegExp(`\\bL${k}\\)`).test(l));
      expect(labelled, `label L${k})`).toHaveLength(1);
      expect(labelled[0], `label L${k}) beside its text`).toMatch(new RegExp(`L${k}\\)\\s+i${k}w0\\b`));
    });
    pages.forEach((page, p) => expect(page.at(-1), `foot of page ${p + 1}`).not.toMatch(/^\s*L\d+\)\s*$/));
  });
});
