import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeOrder } from '../../src/compose/plan.js';
import type { Cell, Doc, List, Paragraph, Table } from '../../src/doc/doc.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { pagedBlocks, paragraphsBefore } from '../../src/render/docx/pageBreaks.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { renderPdf, type PageStart } from '../../src/render/pdf/renderPdf.js';
import { BUNDLED_PLAN, copyOfPlan, edit, removeCopies } from '../helpers.js';
import { pdfPages, requireTool } from '../pdfText.js';

/**
 * The letters' DOCX breaks its pages where the PDF does and carries the catchword ("…/๑๒. นางสาว") at the foot of
 * every page that continues. Checked on what LibreOffice makes of the DOCX, page by page, against our own PDF:
 * - the bundled order (2 pages; page 2 begins inside the members table),
 * - the demo tambon's order (2 pages; page 2 begins inside the list of duties, Arabic digits),
 * - the bundled order with three more members (3 pages; page 3 begins at a paragraph),
 * - the bundled order with its first preamble paragraph said three times (3 pages; page 2 begins between two lines of
 *   a paragraph, which the DOCX cuts in two there).
 */

const DEMO_PLAN = 'tests/fixtures/tambon-demo';

interface Pages {
  /** Our PDF's pages (pdftotext -layout). */
  pdf: string[];
  /** LibreOffice's conversion of the DOCX, likewise. */
  lo: string[];
}

const documents = new Map<string, Pages>();
/** Where the PDF of the order with the longer preamble begins its pages. */
let longerPreambleStarts: PageStart[] = [];

/** Three more members at the head of the bundled order's list: the order then runs to three pages. */
function longerOrderPlan(): string {
  const dir = copyOfPlan();
  const more = [1, 2, 3].map((i) => `  - { name: นายทดสอบ เพิ่มเติม${i}, position: นักวิเคราะห์นโยบายและแผน, role: คณะทำงาน }\n`).join('');
  edit(dir, 'order.yaml', 'members:\n', `members:\n${more}`);
  return dir;
}

/** The order with its first long preamble paragraph said three times: a paragraph then runs from page 1 to page 2. */
function longerPreamble(doc: Doc): Doc {
  const blocks = doc.sections[0]!.blocks;
  const at = blocks.findIndex((b) => b.type === 'paragraph' && b.inlines.map((i) => i.text).join('').length > 300);
  blocks.splice(at, 0, blocks[at]!, blocks[at]!);
  return doc;
}

beforeAll(async () => {
  requireTool('pdftotext');
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'pipe' });
  } catch {
    throw new Error('LibreOffice is not installed (soffice not on PATH): apt-get install libreoffice-writer-nogui — this test needs it, it does not skip');
  }
  const dir = mkdtempSync(join(tmpdir(), 'ita-catchwords-'));
  const plans = { bundled: BUNDLED_PLAN, demo: DEMO_PLAN, longer: longerOrderPlan(), preamble: BUNDLED_PLAN };
  for (const [name, folder] of Object.entries(plans)) {
    const order = composeOrder(loadPlan(folder));
    const doc = name === 'preamble' ? longerPreamble(order) : order;
    const pdf = await renderPdf(doc);
    if (name === 'preamble') longerPreambleStarts = pdf.pageStarts;
    writeFileSync(join(dir, `${name}.pdf`), pdf.bytes);
    writeFileSync(join(dir, `${name}.docx`), (await renderDocx(doc, { pageLabels: pdf.pageLabels, pageStarts: pdf.pageStarts })).bytes);
  }
  // One LibreOffice run for the three files, with a profile of its own (a running LibreOffice cannot block it).
  const out = join(dir, 'lo');
  const docx = Object.keys(plans).map((name) => join(dir, `${name}.docx`));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docx], { stdio: 'pipe', timeout: 120_000 });
  for (const name of Object.keys(plans)) {
    documents.set(name, { pdf: pdfPages(join(dir, `${name}.pdf`), '-layout'), lo: pdfPages(join(dir, 'lo', `${name}.pdf`), '-layout') });
  }
});

afterAll(removeCopies);

/**
 * Text to compare across the two PDFs: no spaces, Arabic digits (LibreOffice prints list and page numbers in Arabic
 * digits where the PDF prints Thai ones), and compatibility forms composed alike (ำ).
 */
const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

const CATCHWORD = /^…\/(.+)$/;
const PAGE_NUMBER = /^-\s*[0-9๐-๙]+\s*-$/;

/** The page's lines of body text: without the page number at the top and the catchword at the foot. */
function bodyLines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !PAGE_NUMBER.test(l) && !CATCHWORD.test(l));
}

/** The catchword printed on a page, if any: a line of its own, "…/" and the words. */
function catchwordOf(page: string): string | undefined {
  const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.map((l) => CATCHWORD.exec(l)?.[1]).find((w) => w !== undefined);
}

/** The first visible characters of the page's body text. */
const opening = (page: string, length = 20) => comparable(bodyLines(page).join(' ')).slice(0, length);

describe.each(['bundled', 'demo', 'longer', 'preamble'])('the %s order, its DOCX converted by LibreOffice', (name) => {
  it('has as many pages as the PDF, each beginning with the same words', () => {
    const { pdf, lo } = documents.get(name)!;
    expect(pdf.length).toBeGreaterThan(1);
    expect(lo.length).toBe(pdf.length);
    for (let p = 0; p < pdf.length; p++) {
      expect(opening(lo[p]!), `page ${p + 1}`).toBe(opening(pdf[p]!));
      expect(opening(lo[p]!).length).toBe(20);
    }
  });

  it('holds the same text as the PDF, every word once', () => {
    const { pdf, lo } = documents.get(name)!;
    // As characters counted, not read in order: a table cell that wraps elsewhere moves its second line in the reading order.
    const characters = (pages: string[]) => [...comparable(pages.map((p) => bodyLines(p).join(' ')).join(' '))].sort().join('');
    expect(characters(lo)).toBe(characters(pdf));
  });

  it('ends every page but the last with "…/" and the first words of the next page, as the PDF does', () => {
    const { pdf, lo } = documents.get(name)!;
    for (let p = 0; p < lo.length; p++) {
      const words = catchwordOf(lo[p]!);
      if (p === lo.length - 1) {
        expect(words, `last page ${p + 1}`).toBeUndefined();
        continue;
      }
      expect(words, `page ${p + 1}`).toBeDefined();
      // The next page, as LibreOffice printed it, begins with these words (a number alone is not a catchword).
      expect(comparable(words!).length).toBeGreaterThan(3);
      expect(comparable(bodyLines(lo[p + 1]!).join(' ')).startsWith(comparable(words!)), `page ${p + 2} begins with ${words}`).toBe(true);
      // At the foot: nothing of the body after it.
      const lines = lo[p]!.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines.at(-1)).toBe(`…/${words}`);
      // The same words as the PDF's own catchword.
      expect(catchwordOf(pdf[p]!)).toBe(words);
    }
  });

  it('keeps every Thai abbreviation ("พ.ศ.") whole on one line in LibreOffice, the bracket opening on it included', () => {
    const { pdf, lo } = documents.get(name)!;
    // Counted line by line: an abbreviation LibreOffice cut ("(พ" | ".ศ.๒๕๖๖") is on no single line.
    const whole = (pages: string[]) => pages.flatMap((p) => p.split('\n')).reduce((n, line) => n + (line.match(/[ก-ฮ]\.[ก-ฮ]\./g)?.length ?? 0), 0);
    expect(whole(pdf)).toBeGreaterThan(0);
    expect(whole(lo)).toBe(whole(pdf));
  });
});

describe('what the orders above exercise', () => {
  it('the longer order needs three pages, so two catchwords are checked', () => {
    expect(documents.get('longer')!.lo.length).toBe(3);
  });

  it('the order with the longer preamble begins its page 2 between two lines of a paragraph', () => {
    const start = longerPreambleStarts[0]!;
    expect(start.page).toBe(2);
    expect(start.row).toBeUndefined();
    expect(start.inside?.line).toBeGreaterThan(0);
  });
});

describe('where the DOCX cuts a block the PDF breaks (pagedBlocks)', () => {
  const cell = (text: string): Cell => ({ blocks: [{ type: 'paragraph', inlines: [{ text }] }] });
  const start = (block: number, extra: Partial<PageStart> = {}): PageStart => ({ page: 2, section: 0, block, words: 'w', ...extra });

  it('splits a table before the row that begins the page, the second part repeating the header row', () => {
    const t: Table = { type: 'table', widths: [1], headerRows: 1, keepRowsTogether: true, rows: ['head', 'a', 'b', 'c'].map((x) => [cell(x)]) };
    const parts = pagedBlocks([t], [start(0, { row: 2 })]);
    const texts = parts.map((p) => (p.block as Table).rows.map((r) => (r[0]!.blocks[0] as Paragraph).inlines[0]!.text));
    expect(texts).toEqual([['head', 'a'], ['head', 'b', 'c']]);
    expect(parts.map((p) => p.begins)).toEqual([[], [{ item: 0, words: 'w' }]]);
  });

  it('cuts a paragraph after the text the PDF laid out before the page, and only when that text is the paragraph\'s', () => {
    const p: Paragraph = { type: 'paragraph', inlines: [{ text: 'หนึ่ง สอง ' }, { text: 'สาม สี่', bold: true }], firstLineIndent: 10, spaceBefore: 6 };
    const [first, second] = pagedBlocks([p], [start(0, { inside: { line: 1, textBefore: 'หนึ่ง สองสาม' } })]).map((b) => b.block as Paragraph);
    expect(first!.inlines).toEqual([{ text: 'หนึ่ง สอง ' }, { text: 'สาม ', bold: true }]);
    expect(second).toMatchObject({ inlines: [{ text: 'สี่', bold: true }], firstLineIndent: undefined, spaceBefore: undefined });
    expect(pagedBlocks([p], [start(0, { inside: { line: 1, textBefore: 'ห้า หก' } })]).map((b) => b.block)).toEqual([p]);
  });

  it('breaks a list before the top-level item that begins the page, counting nested items as paragraphs', () => {
    const list: List = { type: 'list', items: [{ label: '1.', inlines: [], children: [{ label: 'ก.', inlines: [] }] }, { label: '2.', inlines: [] }] };
    const [paged] = pagedBlocks([list], [start(0, { row: 1 })]);
    expect(paged!.begins).toEqual([{ item: 1, words: 'w' }]);
    expect(paragraphsBefore(list.items, 1)).toBe(2);
  });
});
