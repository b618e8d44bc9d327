import { describe, expect, it } from 'vitest';
import { composeAnnouncement, composeOrder, composePlan } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { BUILT_PLANS } from '../helpers.js';

describe.each(BUILT_PLANS)('PDF renders of %s running at the same time in one process', (data) => {
  it('give the same bytes as each run alone', async () => {
    const plan = loadPlan(data);
    // The order and the announcement differ in names kept whole, contents labels and pages; the plan's
    // front matter (its first sections) adds a table of contents with page labels.
    const full = composePlan(plan);
    const docs = [composeOrder(plan), composeAnnouncement(plan), { ...full, sections: full.sections.slice(0, 3) }];
    const alone: Buffer[] = [];
    for (const doc of docs) alone.push((await renderPdf(doc)).bytes);
    const together = (await Promise.all(docs.map((doc) => renderPdf(doc)))).map((r) => r.bytes);
    together.forEach((bytes, i) => expect(bytes.equals(alone[i]!), `document ${i}`).toBe(true));
  });
});
