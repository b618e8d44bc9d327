import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeAnnouncement } from '../../src/compose/plan.js';
import type { Doc } from '../../src/doc/doc.js';
import { styleSheet } from '../../src/doc/style.js';
import { SARABUN_FILES } from '../../src/doc/typeface.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { layoutPdf, renderPdf } from '../../src/render/pdf/renderPdf.js';
import { BUILT_PLANS, BUNDLED_PLAN } from '../helpers.js';
import { built } from '../builtPlan.js';
import { fontSizes, mostCommon } from '../pdfContent.js';
import { writeTemp } from '../pdfText.js';

/** TH SarabunPSK at the official 16 pt: ก is 400 of 1000 units tall (THAI-TYPESETTING.md, "Fonts"): 6.4 pt. */
const OFFICIAL_KO_PT = 16 * 0.4;
/** TH SarabunPSK's line at 16 pt: hhea 844 + 457 + 30 units. */
const OFFICIAL_PITCH = (16 * (844 + 457 + 30)) / 1000;

const koTop = (path: string) => {
  const font = fontkit.openSync(path) as unknown as { unitsPerEm: number; glyphForCodePoint(c: number): { bbox: { maxY: number } } };
  return font.glyphForCodePoint(0x0e01).bbox.maxY / font.unitsPerEm;
};

/** Baselines of the text lines on page 1, from poppler's word boxes. */
function lineTops(pdf: Buffer): number[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', writeTemp('x.pdf', pdf), '-']).toString();
  const ys = [...html.matchAll(/yMax="([\d.]+)"/g)].map((m) => Math.round(Number(m[1]) * 10) / 10);
  return [...new Set(ys)].sort((a, b) => a - b);
}

/** The most common distance between consecutive lines: the body's pitch. */
const pitchOf = (tops: number[]) => mostCommon(tops.slice(1).map((y, i) => Math.round((y - tops[i]!) * 10) / 10));

// The announcement as the suite's one build wrote it (tests/setup/buildOnce.ts), for every built plan.
describe.each(BUILT_PLANS)('the default typeface profile in the announcement of %s: Sarabun as large as TH SarabunPSK 16 pt', (data) => {
  let pdf: Buffer;
  beforeAll(() => {
    pdf = built(data).bytes('announcement.pdf');
  });

  it('sets body text at a size whose ก is within 5% of 6.4 pt, read from the PDF and the font file', () => {
    const body = mostCommon(fontSizes(pdf));
    const ko = body * koTop(SARABUN_FILES.normal);
    expect(Math.abs(ko - OFFICIAL_KO_PT) / OFFICIAL_KO_PT).toBeLessThanOrEqual(0.05);
    expect(body).toBeLessThan(12); // not the 16 pt that made the plan 208 pages
  });

  it('spaces body lines at TH SarabunPSK’s 21.3 pt pitch', () => {
    expect(pitchOf(lineTops(pdf))).toBeCloseTo(OFFICIAL_PITCH, 0);
  });

  it('gives the DOCX the same size and an exact line of the same pitch', () => {
    const styles = strFromU8(unzipSync(new Uint8Array(built(data).bytes('announcement.docx')))['word/styles.xml']!);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(Number(/<w:szCs w:val="(\d+)"/.exec(defaults)![1]) / 2).toBeCloseTo(mostCommon(fontSizes(pdf)), 0);
    expect(Number(/w:line="(\d+)" w:lineRule="exact"/.exec(defaults)![1]) / 20).toBeCloseTo(OFFICIAL_PITCH, 0);
  });
});

describe('one style sheet read by both writers', () => {
  it('changes the PDF and the DOCX when one value changes (body size 16 → 18 official points)', async () => {
    const doc = composeAnnouncement(loadPlan(BUNDLED_PLAN));
    const base = doc.style ?? styleSheet();
    const larger: Doc = { ...doc, style: { ...base, size: { ...base.size, body: 18 } } };
    const [pdfBefore, pdfAfter] = [built(BUNDLED_PLAN).bytes('announcement.pdf'), (await renderPdf(larger)).bytes];
    expect(mostCommon(fontSizes(pdfAfter)) / mostCommon(fontSizes(pdfBefore))).toBeCloseTo(18 / 16, 2);
    expect(pitchOf(lineTops(pdfAfter))).toBeCloseTo((OFFICIAL_PITCH * 18) / 16, 0);

    const sizeOf = async (d: Doc) => {
      const bytes = (await renderDocx(d, { pageLabels: (await layoutPdf(d)).pageLabels })).bytes;
      const styles = strFromU8(unzipSync(new Uint8Array(bytes))['word/styles.xml']!);
      return Number(/<w:docDefaults>[\s\S]*?<w:szCs w:val="(\d+)"/.exec(styles)![1]);
    };
    expect((await sizeOf(larger)) / (await sizeOf(doc))).toBeCloseTo(18 / 16, 1);
  });
});
