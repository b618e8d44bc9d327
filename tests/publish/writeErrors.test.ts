import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import type { Plan } from '../../src/model/plan.js';
import { publish } from '../../src/publish/publish.js';
import { BUNDLED_PLAN, snapshot } from '../helpers.js';

/** The disk "fills up" when a file whose path matches this is opened for writing. */
const full = vi.hoisted(() => ({ pattern: undefined as RegExp | undefined }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const openSync = ((path: string, ...rest: unknown[]) => {
    if (full.pattern?.test(String(path)) && rest[0] === 'wx') {
      throw Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), { code: 'ENOSPC' });
    }
    return (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

const date = new Date('2022-09-30T00:00:00Z');
const quiet = () => undefined;
let plan: Plan;

beforeAll(() => {
  plan = loadPlan(BUNDLED_PLAN);
});


describe('write errors', () => {
  it('on a full disk, names the file, leaves the previous build whole and cleans up after itself', () => {
    const out = mkdtempSync(join(tmpdir(), 'ita-enospc-'));
    publish(plan, date, [{ file: 'a_plan.pdf', bytes: Buffer.from('old plan'), pages: 1 }], out, quiet);
    const before = snapshot(out);
    full.pattern = /\.tmp-.*SHA256SUMS$/;
    let error: Error | undefined;
    try {
      publish(plan, date, [{ file: 'a_plan.pdf', bytes: Buffer.from('new plan'), pages: 2 }], out, quiet);
    } catch (e) {
      error = e as Error;
    } finally {
      full.pattern = undefined;
    }
    expect(error?.message).toMatch(/เขียน .*SHA256SUMS ไม่ได้: พื้นที่ดิสก์เต็ม/);
    expect(error?.message).toContain('ENOSPC');
    expect(error?.message).toContain('the previous build is intact');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, plan.id))).toEqual([plan.version]);
    expect(readdirSync(out)).toEqual([plan.id]);
  });
});
