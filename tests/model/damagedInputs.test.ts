import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import type { Problem } from '../../src/model/problems.js';
import { copyOfPlan, edit, positionOf, problemsOf, removeCopies, runScript, snapshot } from '../helpers.js';
import { png } from '../pngFixture.js';

afterAll(removeCopies);

/** Thai text as TIS-620 / Windows-874 bytes (Thai letters U+0E01–U+0E5B are bytes 0xA1–0xFB). */
function tis620(text: string): Buffer {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
  }));
}

const lineOf = (dir: string, file: string, needle: string) => positionOf(readFileSync(join(dir, file), 'utf8'), needle).line;
const about = (problems: Problem[], file: string) => problems.filter((p) => p.file.endsWith(`/${file}`));


describe('damaged and hostile plan files', () => {
  // One folder with every damage at once: each is reported, located, in one run.
  const bad = copyOfPlan();
  execFileSync('mkfifo', [join(bad, 'units.yaml.fifo')]);
  rmSync(join(bad, 'units.yaml'));
  execFileSync('mv', [join(bad, 'units.yaml.fifo'), join(bad, 'units.yaml')]);
  rmSync(join(bad, 'risks.yaml'));
  symlinkSync('/dev/zero', join(bad, 'risks.yaml'));
  rmSync(join(bad, 'errata.yaml'));
  mkdirSync(join(bad, 'errata.yaml'));
  writeFileSync(join(bad, 'structure.yaml'), tis620(readFileSync(join(bad, 'structure.yaml'), 'utf8')));
  const orderText = readFileSync(join(bad, 'order.yaml'), 'utf8');
  const orderBadLine = positionOf(orderText, 'number: 504').line;
  writeFileSync(join(bad, 'order.yaml'), Buffer.concat([Buffer.from(orderText.slice(0, orderText.indexOf('number: 504') + 8)), Buffer.from([0xff]), Buffer.from(orderText.slice(orderText.indexOf('number: 504') + 8))]));
  edit(bad, 'announcement.yaml', 'name: นางเปรมฤดี ชามพูนท', 'name: นางเปรมฤดี\u202e ชามพูนท\u200b');
  edit(bad, 'plan.yaml', 'id: phitsanulok-2566-2570', `id: ${'p'.repeat(240)}`);
  const cultureBudget = edit(bad, 'projects-1-culture.yaml', 'perYear:\n        2566: 30000', `perYear:\n        2566: ${Number.MAX_SAFE_INTEGER}`, `${Number.MAX_SAFE_INTEGER}`);
  const runOn = edit(bad, 'projects-2-transparency.yaml', 'rationale:\n      - ', `rationale:\n      - ${'ก'.repeat(1500)} `, 'ก'.repeat(1500));
  const long = edit(bad, 'projects-3-participation.yaml', 'rationale:\n      - ', `rationale:\n      - ${'คำ '.repeat(4000)}`, 'คำ ');

  const problems = problemsOf(bad);

  it('refuses a FIFO, a link to /dev/zero and a folder before reading them, naming each', () => {
    expect(about(problems, 'units.yaml')).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('FIFO') })]);
    expect(about(problems, 'risks.yaml')).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('device') })]);
    expect(about(problems, 'errata.yaml')).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('folder') })]);
  });

  it('refuses TIS-620 (naming it) and other non-UTF-8 bytes at their first bad line, with how to save as UTF-8', () => {
    const [tis] = about(problems, 'structure.yaml');
    const firstThai = readFileSync(join('data/phitsanulok-2566-2570', 'structure.yaml'), 'utf8').split('\n').findIndex((l) => /[\u0e00-\u0e7f]/.test(l)) + 1;
    expect(tis).toMatchObject({ line: firstThai, message: expect.stringContaining('TIS-620') });
    expect(tis!.message).toContain('UTF-8');
    const [other] = about(problems, 'order.yaml');
    expect(other).toMatchObject({ line: orderBadLine, column: 9 });
    expect(other!.message).not.toContain('TIS-620');
  });

  it('locates hidden bidi and zero-width characters', () => {
    const line = lineOf(bad, 'announcement.yaml', 'นางเปรมฤดี');
    expect(about(problems, 'announcement.yaml').map((p) => [p.line, p.message.match(/U\+[0-9A-F]{4}/)?.[0]])).toEqual([
      [line, 'U+202E'],
      [line, 'U+200B'],
    ]);
  });

  it('bounds the plan id, amounts, text length and unbroken runs at check time', () => {
    expect(about(problems, 'plan.yaml')).toEqual([expect.objectContaining({ path: 'id', line: lineOf(bad, 'plan.yaml', 'id: ppp') })]);
    expect(about(problems, 'projects-1-culture.yaml')).toEqual([
      expect.objectContaining({ line: cultureBudget.line, column: cultureBudget.column, path: expect.stringMatching(/budget\.perYear\.2566$/) }),
    ]);
    expect(about(problems, 'projects-2-transparency.yaml')).toEqual([expect.objectContaining({ line: runOn.line, message: expect.stringContaining('1000') })]);
    expect(about(problems, 'projects-3-participation.yaml')).toEqual([expect.objectContaining({ line: long.line, message: expect.stringContaining('10000') })]);
  });

  it('build: exit 1, every file:line on stderr, no stack trace, out/ untouched and unlocked', () => {
    const out = mkdtempSync(join(tmpdir(), 'ita-damaged-'));
    mkdirSync(join(out, 'phitsanulok-2566-2570', 'r1-2565-09'), { recursive: true });
    writeFileSync(join(out, 'phitsanulok-2566-2570', 'r1-2565-09', 'SHA256SUMS'), 'an earlier build\n');
    const before = snapshot(out);
    const r = runScript('build', ['--data', bad, '--out', out]);
    expect(r.status).toBe(1);
    for (const p of problems) expect(r.stderr).toContain(`${p.file}:${p.line}:${p.column}`);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out)).toEqual(['phitsanulok-2566-2570']);
  });
});

describe('emblems and encodings', () => {
  it('refuses an emblem linked from outside the folder, a non-image, and a huge image, at the emblem field', () => {
    const dir = copyOfPlan();
    const outside = mkdtempSync(join(tmpdir(), 'ita-outside-'));
    writeFileSync(join(outside, 'garuda.png'), png(4, 4));
    mkdirSync(join(dir, 'emblem'));
    symlinkSync(join(outside, 'garuda.png'), join(dir, 'emblem', 'garuda.png'));
    writeFileSync(join(dir, 'emblem', 'note.png'), 'not an image\n');
    edit(dir, 'announcement.yaml', 'date: 2565-09', 'date: 2565-09\nemblem: emblem/note.png');
    const problems = problemsOf(dir);
    expect(about(problems, 'order.yaml')).toEqual([expect.objectContaining({ path: 'emblem', line: lineOf(dir, 'order.yaml', 'emblem:'), message: expect.stringContaining('outside') })]);
    expect(about(problems, 'announcement.yaml')).toEqual([expect.objectContaining({ path: 'emblem', message: expect.stringContaining('PNG or JPEG') })]);

    rmSync(join(dir, 'emblem', 'garuda.png'));
    const huge = png(1, 1);
    huge.writeUInt32BE(16000, 16);
    huge.writeUInt32BE(16000, 20);
    writeFileSync(join(dir, 'emblem', 'garuda.png'), huge);
    expect(about(problemsOf(dir), 'order.yaml')).toEqual([expect.objectContaining({ path: 'emblem', message: expect.stringContaining('16000×16000') })]);
    rmSync(outside, { recursive: true, force: true });
  });

  it('accepts a UTF-8 byte-order mark and CRLF line ends', () => {
    const dir = copyOfPlan();
    for (const file of ['plan.yaml', 'units.yaml']) {
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), `\ufeff${text.replace(/\n/g, '\r\n')}`);
    }
    const plan = loadPlan(dir);
    expect(plan.id).toBe('phitsanulok-2566-2570');
    expect(plan.units.length).toBeGreaterThan(5);
  });

  it.skipIf(process.getuid?.() === 0)('names a file it may not read (not testable as root, who may read anything)', () => {
    const dir = copyOfPlan();
    chmodSync(join(dir, 'units.yaml'), 0o000);
    expect(about(problemsOf(dir), 'units.yaml')).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('permission denied') })]);
  });
});
