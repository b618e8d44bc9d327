import { beforeAll, describe, expect, it } from 'vitest';
import { lineEnds, type LineEnds } from '../checks/lineEnds.js';
import { built } from '../builtPlan.js';
import { BUILT_PLANS } from '../helpers.js';

// The plan itself is judged the same way in tests/render/pdf.test.ts; here the two letters of every built plan.
describe.each(BUILT_PLANS)('the letters of %s', (data) => {
  const judged: Record<string, LineEnds> = {};
  beforeAll(() => {
    for (const name of ['order', 'announcement']) judged[name] = lineEnds(built(data).file(`${name}.pdf`));
  });

  it.each(['order', 'announcement'])('the %s PDF ends no line inside a word, by ICU or by libthai', (name) => {
    const r = judged[name]!;
    expect(r.thaiJunctions).toBeGreaterThan(10);
    expect({ icu: r.icuInsideWord, libthai: r.libthaiInsideWord, impossible: r.impossible }).toEqual({ icu: [], libthai: [], impossible: [] });
  });
});
