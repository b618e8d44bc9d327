import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import { BUNDLED_PLAN, SEED } from '../helpers.js';

const plan = loadPlan(BUNDLED_PLAN);
const seedLines = readFileSync(SEED, 'utf8').split('\n');

describe('the errata an auditor reads', () => {
  it('records every decision with where, what the source said, what the data holds and why', () => {
    expect(plan.errata.length).toBeGreaterThan(100);
    for (const e of plan.errata) {
      expect(e.where.length, e.id).toBeGreaterThan(3);
      expect(e.data.length, e.id).toBeGreaterThan(0);
      expect(e.reason.length, e.id).toBeGreaterThan(e.kind === 'typo' ? 3 : 10);
    }
  });

  it('points at real source lines and at files that exist', () => {
    for (const e of plan.errata) {
      expect(e.seedLine, e.id).toBeLessThanOrEqual(seedLines.length);
      expect(existsSync(join(BUNDLED_PLAN, e.file)) || existsSync(e.file), `${e.id}: ${e.file}`).toBe(true);
    }
  });

  it('covers the contradictions the source is known for', () => {
    const about = (needle: string) => plan.errata.filter((e) => `${e.source} ${e.data} ${e.reason}`.includes(needle));
    expect(about('๑,๓๖๕,๐๐๐').length).toBeGreaterThan(0); // project ๑๑: digits against words
    expect(about('๒๙ โครงการ').length).toBeGreaterThan(0); // dimension ๒ count in the budget table
    expect(plan.errata.some((e) => e.id.includes('member-numbering'))).toBe(true); // the order's broken numbering
    expect(plan.errata.some((e) => e.file === 'risks.yaml' && e.field?.includes('matrix'))).toBe(true); // the matrix rows
  });
});
