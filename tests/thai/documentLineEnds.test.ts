import { beforeAll, describe, expect, it } from 'vitest';
import { composeAnnouncement, composeOrder } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { lineEnds, type LineEnds } from '../checks/lineEnds.js';
import { BUNDLED_PLAN } from '../helpers.js';
import { writeTemp } from '../pdfText.js';

// The plan itself is judged the same way in tests/render/pdf.test.ts, which already renders it.
const judged: Record<string, LineEnds> = {};

beforeAll(async () => {
  const plan = loadPlan(BUNDLED_PLAN);
  judged.order = lineEnds(writeTemp('order.pdf', (await renderPdf(composeOrder(plan))).bytes));
  judged.announcement = lineEnds(writeTemp('announcement.pdf', (await renderPdf(composeAnnouncement(plan))).bytes));
});

describe.each(['order', 'announcement'])('the %s PDF', (name) => {
  it('ends no line inside a word, by ICU or by libthai', () => {
    const r = judged[name]!;
    expect(r.thaiJunctions).toBeGreaterThan(10);
    expect({ icu: r.icuInsideWord, libthai: r.libthaiInsideWord, impossible: r.impossible }).toEqual({ icu: [], libthai: [], impossible: [] });
  });
});
