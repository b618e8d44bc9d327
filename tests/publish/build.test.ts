import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/problems.js';
import { buildAll } from '../../src/publish/buildAll.js';
import type { Manifest } from '../../src/publish/manifest.js';
import { BUNDLED_PLAN, copyOfPlan, edit, removeCopies, runScript, scriptCommand, snapshot } from '../helpers.js';

afterAll(removeCopies);

const VERSION_DIR = 'phitsanulok-2566-2570/r1-2565-09';
const quiet = () => undefined;
const tempOut = () => mkdtempSync(join(tmpdir(), 'ita-out-'));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');


let first: string;

beforeAll(async () => {
  first = tempOut();
  await buildAll({ data: BUNDLED_PLAN, out: first, log: quiet });
});

describe('npm run build', () => {
  it('writes all six documents, the questions PDF, the manifest and SHA256SUMS into out/<plan>/<version>/', () => {
    expect(readdirSync(join(first, VERSION_DIR)).sort()).toEqual([
      'SHA256SUMS',
      'manifest.json',
      ...['announcement', 'order', 'plan'].flatMap((d) => [`phitsanulok-2566-2570_r1-2565-09_${d}.docx`, `phitsanulok-2566-2570_r1-2565-09_${d}.pdf`]),
      'phitsanulok-2566-2570_r1-2565-09_questions.pdf',
    ].sort());
  });

  it('gives byte-identical outputs when built again from the same data, templates and fonts', async () => {
    const second = tempOut();
    await buildAll({ data: BUNDLED_PLAN, out: second, log: quiet });
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('lists every file in the manifest with its SHA-256, size and pages, and the inputs that made it', () => {
    const dir = join(first, VERSION_DIR);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    // plan, order and announcement as PDF and DOCX, and the open questions as a PDF beside the plan
    expect(manifest.files.map((f) => f.file.replace(/^.*_/, '')).sort()).toEqual([
      'announcement.docx', 'announcement.pdf', 'order.docx', 'order.pdf', 'plan.docx', 'plan.pdf', 'questions.pdf',
    ]);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(dir, f.file));
      expect(f.sha256).toBe(sha(bytes));
      expect(f.bytes).toBe(bytes.length);
      if (f.file.endsWith('.pdf')) expect(f.pages).toBeGreaterThan(0);
    }
    expect(manifest.files.find((f) => f.file.endsWith('_plan.pdf'))!.pages).toBeGreaterThan(110);
    expect(manifest.inputs.data.map((d) => d.file)).toContain('projects-1-culture.yaml');
    expect(manifest.inputs.templates.map((d) => d.file)).toEqual(['templates/announcement.hbs', 'templates/order.hbs']);
    expect(manifest.inputs.fonts.map((d) => d.file)).toContain('fonts/Sarabun-Regular.ttf');
    // Every tool that shapes the bytes, each with the version installed (none left "unknown").
    const installed = (name: string) => (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    for (const name of ['pdfmake', 'pdfkit', 'fontkit', 'linebreak', 'docx', 'fflate', 'zod', 'yaml', 'handlebars']) {
      expect(manifest.tools[name], name).toBe(installed(name));
    }
    expect(manifest.tools).toMatchObject({ node: process.version, zlib: process.versions.zlib, icu: process.versions.icu });
    expect(manifest.inputs.data.find((d) => d.file.endsWith('plan.yaml'))!.sha256).toBe(sha(readFileSync(join(BUNDLED_PLAN, 'plan.yaml'))));
  });

  it('writes a SHA256SUMS that sha256sum -c accepts', () => {
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(first, VERSION_DIR) }).toString();
    expect(out.match(/: OK$/gm)).toHaveLength(8);
  });

  it('leaves out/ byte for byte as it was when the data is bad, and reports the problem', async () => {
    const before = snapshot(first);
    const bad = copyOfPlan();
    edit(bad, 'order.yaml', 'date: 2565-05-10', 'date: 2565-02-30');
    await expect(buildAll({ data: bad, out: first, log: quiet })).rejects.toBeInstanceOf(InputError);
    expect(snapshot(first)).toEqual(before);
  });

  it('builds only what --only and --format ask for, from the command line', () => {
    const out = tempOut();
    const r = runScript('build', ['--only', 'order', '--format', 'pdf', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/order\.pdf +\d+ หน้า/);
    expect(readdirSync(join(out, VERSION_DIR)).sort()).toEqual(['SHA256SUMS', 'manifest.json', 'phitsanulok-2566-2570_r1-2565-09_order.pdf']);
  });

  it('refuses unknown flag values and bad data with a clear message, exit 1 and no stack trace', () => {
    const out = tempOut();
    const wrong = runScript('build', ['--only', 'budget', '--out', out]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('ไม่รู้จัก "budget"');
    const bad = copyOfPlan();
    edit(bad, 'units.yaml', '    name: สำนักปลัดเทศบาล', '    nmae: สำนักปลัดเทศบาล');
    const r = runScript('build', ['--data', bad, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/units\.yaml:\d+:\d+  units\[0\]\.nmae/);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('survives two builds running at once into the same folder: every file verifies', async () => {
    const out = tempOut();
    const run = () =>
      new Promise<number>((resolve) => {
        const [program, ...options] = scriptCommand('build');
        spawn(program, [...options, '--only', 'order', '--only', 'announcement', '--out', out], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const dir = join(out, VERSION_DIR);
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir });
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the same bytes from the command line (one bundle, V8 code cache) as the library, with or without the cache', () => {
    const cacheDir = join('node_modules', '.cache', 'ita-plan');
    const caches = () => readdirSync(cacheDir).filter((n) => n.startsWith('build.cjs.') && n.endsWith('.v8cache'));
    for (const cache of caches()) rmSync(join(cacheDir, cache), { force: true });
    const withoutCache = tempOut();
    const r1 = runScript('build', ['--out', withoutCache]);
    expect(r1.status, r1.stderr).toBe(0);
    expect(caches()).toHaveLength(1);
    const withCache = tempOut();
    const r2 = runScript('build', ['--out', withCache]);
    expect(r2.status, r2.stderr).toBe(0);
    expect(snapshot(withoutCache)).toEqual(snapshot(first));
    expect(snapshot(withCache)).toEqual(snapshot(first));
  });
});
