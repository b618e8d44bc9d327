import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell, Doc, Paragraph, Table } from '../../src/doc/doc.js';
import { LAYOUT, styleSheet } from '../../src/doc/style.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { pdfPages, requireTool } from '../pdfText.js';

/**
 * A run the Doc keeps whole (a date in a report's table, a signature's date) stays whole in LibreOffice too.
 * Table cells as narrow as a report's, of growing text, end in the same date, so that it meets the line end at every
 * place in it (LibreOffice 7.4 broke such dates at "พ|.ศ." in the report's table).
 */
const DATE = '(๑๐ พฤศจิกายน พ.ศ. ๒๕๖๕)';
const COUNT = 70;
const paragraph = (n: number): Paragraph => ({
  type: 'paragraph',
  inlines: [{ text: `ศึกษาดูงาน${'การ'.repeat(Math.floor(n / 3))}${'ก'.repeat(n % 3)} ` }, { text: DATE, noBreak: true }],
});
const cell = (blocks: Paragraph[]): Cell => ({ blocks });
const table: Table = {
  type: 'table', widths: [4, 2, 2], headerRows: 0, keepRowsTogether: true, size: 'small',
  rows: Array.from({ length: COUNT }, (_, n) => [cell([paragraph(n)]), cell([]), cell([])]),
};

let lines: string[];

beforeAll(async () => {
  requireTool('pdftotext');
  const doc: Doc = {
    meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'th-TH', date: new Date(0), names: [] },
    sections: [{ id: 's', orientation: 'portrait', margins: LAYOUT.margins.portrait, numbering: { style: 'none' }, blocks: [table] }],
    style: styleSheet(),
  };
  const dir = mkdtempSync(join(tmpdir(), 'ita-nobreak-'));
  writeFileSync(join(dir, 'dates.docx'), (await renderDocx(doc, { pageLabels: new Map() })).bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'dates.docx')], { stdio: 'pipe', timeout: 120_000 });
  lines = pdfPages(join(dir, 'dates.pdf')).flatMap((p) => p.split('\n'));
});

describe('a run kept whole, in the DOCX as LibreOffice lays it out', () => {
  it('meets the line end (the test has wrapped dates to look at)', () => {
    expect(lines.filter((l) => l.trim().startsWith('(๑๐')).length).toBeGreaterThan(5);
  });

  it('is never broken: every date whole on one line, none parted at "พ|.ศ." or inside the month', () => {
    expect(lines.filter((l) => l.replace(/\s+/g, ' ').includes(DATE)).length).toBe(COUNT);
  });
});
