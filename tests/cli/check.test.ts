import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_PLAN, copyOfPlan, edit, removeCopies, runScript } from '../helpers.js';

afterAll(removeCopies);

const check = (...args: string[]) => runScript('check', args);

describe('npm run check', () => {
  it('summarises a valid plan: counts and budget per fiscal year', () => {
    const r = check('--data', BUNDLED_PLAN);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toContain('โครงการ 58');
    expect(out).toContain('ภารกิจ 12');
    expect(out).toContain('ภารกิจย่อย 31');
    expect(out).toMatch(/รวม\s+58\s+(2,833,000\s+){4}2,833,000/);
  });

  it('lists the errata', () => {
    const r = check('--errata');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('๑,๓๖๕,๐๐๐');
  });

  it('lists every problem with file:line:col, exits non-zero, and never prints a stack trace', () => {
    const dir = copyOfPlan();
    edit(dir, 'order.yaml', 'date: 2565-05-10', 'date: 2565-02-30');
    edit(dir, 'units.yaml', '    name: สำนักปลัดเทศบาล', '    nmae: สำนักปลัดเทศบาล');
    const r = check('--data', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/order\.yaml:\d+:\d+  date  ไม่มีวันที่ 30 กุมภาพันธ์/);
    expect(r.stderr).toMatch(/units\.yaml:\d+:\d+  units\[0\]\.nmae  ไม่รู้จักฟิลด์/);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  });

  it('says so when the folder does not exist', () => {
    const r = check('--data', 'no/such/plan');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ไม่พบ');
  });
});
