import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import pdfmake from 'pdfmake';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeOrder } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { SARABUN } from '../../src/render/pdf/fonts.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { setSaraAmCodesEnabled } from '../../src/render/pdf/textLayer.js';
import { BUILT_PLANS, BUNDLED_PLAN } from '../helpers.js';
import { built } from '../builtPlan.js';
import { pdfjsPageImages, pdfjsPages } from '../pdfjsText.js';
import { pageImages, pdfPages, requireTool, writeTemp } from '../pdfText.js';

// Sarabun draws ำ as nikhahit (or a nikhahit+tone ligature, or a narrow form after ป) + sara aa.
// Each line must read back exactly as typed, in pdf.js (which ignores /ActualText) and in poppler.
const TYPED_NIKHAHIT = 'ก\u0e4d\u0e32'; // ก ํ า: typed as two characters, not ำ
const LINES = [
  `${TYPED_NIKHAHIT} น้ำ กำหนด ทำ คำสั่ง ประจำ`,
  `ต่ำ ซ้ำ ค๊ำ ป่ำ ษำ ป\u0e4d\u0e32 ${TYPED_NIKHAHIT}`,
  'ค่ำคืน น้ำท่วม ดำเนินการ กำกับ ทำนุบำรุง ปำ', // ปำ: the narrow nikhahit, a second empty code
];

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const digest = (image: Buffer) => createHash('sha256').update(image).digest('hex');

// The hand-made words PDF below goes through pdfmake as our writer sets it up: one render of a letter does that.
beforeAll(async () => {
  await renderPdf(composeOrder(loadPlan(BUNDLED_PLAN)));
});

async function wordsPdf(bold: boolean): Promise<Buffer> {
  pdfmake.addFonts({ Sarabun: SARABUN });
  const definition = {
    content: LINES.map((text) => ({ text, bold })),
    defaultStyle: { font: 'Sarabun', fontSize: 16 },
    info: { creationDate: new Date(0) },
  };
  return Buffer.from(await pdfmake.createPdf(definition as never).getBuffer());
}

afterAll(() => setSaraAmCodesEnabled(true));

describe.each([
  ['regular', false],
  ['bold', true],
])('the words with ำ in %s', (_weight, bold) => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await wordsPdf(bold);
  });

  it('extract exactly in pdf.js, line by line', async () => {
    const lines = (await pdfjsPages(pdf)).join('\n').split('\n').map(squeeze).filter(Boolean);
    expect(lines).toEqual(LINES);
  });

  it('extract exactly in poppler, line by line', () => {
    const lines = pdfPages(writeTemp('words.pdf', pdf)).join('\n').split('\n').map(squeeze).filter(Boolean);
    expect(lines).toEqual(LINES);
  });

  it('draw the same pixels as pdfkit’s own encoding in poppler and pdf.js, and pass qpdf --check', async () => {
    setSaraAmCodesEnabled(false);
    const plain = await wordsPdf(bold);
    setSaraAmCodesEnabled(true);
    expect(pageImages(pdf).map(digest)).toEqual(pageImages(plain).map(digest));
    const drawn = await pdfjsPageImages(pdf);
    expect(drawn.map(digest)).toEqual((await pdfjsPageImages(plain)).map(digest));
    expect(drawn[0]!.indexOf(Buffer.from([0, 0, 0, 255])), 'pdf.js drew black text').toBeGreaterThan(0);
    requireTool('qpdf');
    expect(execFileSync('qpdf', ['--check', writeTemp('words.pdf', pdf)]).toString()).toContain('No syntax or stream encoding errors');
  });
});

// The order as the suite's one build wrote it (tests/setup/buildOnce.ts), for every built plan.
describe.each(BUILT_PLANS)('the order of %s, read by pdf.js', (data) => {
  it('has every ำ whole, nothing invisible, and the text poppler reads in drawing order', async () => {
    const order = built(data).bytes('order.pdf');
    const text = (await pdfjsPages(order)).join('\n');
    expect(text.split('\u0e33').length - 1).toBeGreaterThan(20);
    expect(text).not.toContain('\u0e33\u0e32');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u200b-\u200f\u2060\ufeff\ufffd]/);
    // poppler's -raw keeps the drawing order, as pdf.js does (its default mode moves the page header).
    expect(squeeze(text)).toBe(squeeze(pdfPages(built(data).file('order.pdf'), '-raw').join('\n')));
  });
});
