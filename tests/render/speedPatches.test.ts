import { afterAll, describe, expect, it } from 'vitest';
import { composeOrder, composePlan } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { setSpeedPatchesEnabled } from '../../src/render/pdf/speedPatches.js';
import { BUNDLED_PLAN } from '../helpers.js';
import { pageImages } from '../pdfText.js';

afterAll(() => setSpeedPatchesEnabled(true));

describe("pdfmake's speed patches (style once per run, linear line fitting, a line's run drawn as one)", () => {
  const plan = loadPlan(BUNDLED_PLAN);

  it.each([
    ['the plan', () => composePlan(plan)],
    ['the order', () => composeOrder(plan)],
  ])('change no pixel of %s against pdfmake drawing word by word', async (_name, compose) => {
    setSpeedPatchesEnabled(false);
    const slow = await renderPdf(compose());
    setSpeedPatchesEnabled(true);
    const fast = await renderPdf(compose());
    expect(fast.pages).toBe(slow.pages);
    expect([...fast.pageLabels]).toEqual([...slow.pageLabels]);
    const [before, after] = [pageImages(slow.bytes), pageImages(fast.bytes)];
    expect(after.length).toBe(before.length);
    const differing = after.map((image, i) => (image.equals(before[i]!) ? 0 : i + 1)).filter(Boolean);
    expect(differing, 'pages whose pixels differ').toEqual([]);
    // And the drawing is leaner: fewer text objects, so a smaller file.
    expect(fast.bytes.length).toBeLessThan(slow.bytes.length);
  });
});
