import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/problems.js';
import { buildAll } from '../../src/publish/buildAll.js';
import { BUILT_PLANS, BUNDLED_PLAN, copyOfPlan, edit, removeCopies, runScript, scriptCommand, snapshot, TAMBON_DEMO } from '../helpers.js';
import { built } from '../builtPlan.js';
import { factsOf, printed } from '../planFacts.js';
import { pdfPages } from '../pdfText.js';

afterAll(removeCopies);

const VERSION_DIR = 'phitsanulok-2566-2570/r1-2565-09';
const quiet = () => undefined;
const tempOut = () => mkdtempSync(join(tmpdir(), 'ita-out-'));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The out/ folder the suite's one build wrote a plan into (tests/setup/buildOnce.ts): <out>/<id>/<version>/. */
const outOf = (data: string) => dirname(dirname(built(data).dir));
const DOCUMENTS = ['announcement', 'order', 'plan'];

// What `npm run build` wrote, for every built plan; what it must be named and hold is read from the plan's YAML.
describe.each(BUILT_PLANS)('npm run build -- --data %s', (data) => {
  const facts = factsOf(data);
  const prefix = `${facts.id}_${facts.version}_`;

  it('writes all six documents, the questions PDF, the manifest and SHA256SUMS into out/<plan>/<version>/', () => {
    expect(relative(outOf(data), built(data).dir)).toBe(join(facts.id, facts.version));
    expect(readdirSync(built(data).dir).sort()).toEqual([
      'SHA256SUMS',
      'manifest.json',
      ...DOCUMENTS.flatMap((d) => [`${prefix}${d}.docx`, `${prefix}${d}.pdf`]),
      `${prefix}questions.pdf`,
    ].sort());
  });

  it('lists every file in the manifest with its SHA-256, size and pages, and the inputs that made it', () => {
    const dir = built(data).dir;
    const manifest = built(data).manifest();
    expect(manifest).toMatchObject({ plan: facts.id, version: facts.version, organisation: facts.organisation });
    // plan, order and announcement as PDF and DOCX, and the open questions as a PDF beside the plan
    expect(manifest.files.map((f) => f.file.replace(/^.*_/, '')).sort()).toEqual([
      'announcement.docx', 'announcement.pdf', 'order.docx', 'order.pdf', 'plan.docx', 'plan.pdf', 'questions.pdf',
    ]);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(dir, f.file));
      expect(f.sha256).toBe(sha(bytes));
      expect(f.bytes).toBe(bytes.length);
      // The page count poppler reads; none for a DOCX (Word lays it out on the reader's machine).
      if (f.file.endsWith('.pdf')) expect(f.pages, f.file).toBe(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, f.file)]).toString())![1]));
      else expect(f.pages).toBeNull();
    }
    // Every file of the plan folder, each with its own SHA-256.
    expect(manifest.inputs.data.map((d) => d.file).sort()).toEqual(facts.files);
    for (const d of manifest.inputs.data) expect(d.sha256, d.file).toBe(sha(readFileSync(join(data, d.file))));
    expect(manifest.inputs.templates.map((d) => d.file)).toEqual(['templates/announcement.hbs', 'templates/order.hbs']);
    expect(manifest.inputs.fonts.map((d) => d.file)).toContain('fonts/Sarabun-Regular.ttf');
    // Every tool that shapes the bytes, each with the version installed (none left "unknown").
    const installed = (name: string) => (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    for (const name of ['pdfmake', 'pdfkit', 'fontkit', 'linebreak', 'docx', 'fflate', 'zod', 'yaml', 'handlebars']) {
      expect(manifest.tools[name], name).toBe(installed(name));
    }
    expect(manifest.tools).toMatchObject({ node: process.version, zlib: process.versions.zlib, icu: process.versions.icu });
  });

  it('writes a SHA256SUMS that sha256sum -c accepts: every output and the manifest', () => {
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: built(data).dir }).toString();
    expect(out.match(/: OK$/gm)).toHaveLength(2 * DOCUMENTS.length + 2);
  });

  it('prints each file it wrote, a PDF with its pages, and the folder', () => {
    const { stdout } = built(data);
    for (const f of built(data).manifest().files) {
      expect(stdout).toMatch(new RegExp(`^  ${f.file}  ${f.pages === null ? '' : `${f.pages} หน้า, `}\\d+ KB`, 'm'));
    }
    expect(stdout).toContain(`${facts.dimensions.flatMap((d) => d.projects).length} โครงการ`);
    expect(stdout).toContain(join(facts.id, facts.version));
  });

  it('lists the questions errata.yaml leaves open beside the plan, counted in the plan\'s digits', () => {
    const questions = pdfPages(built(data).file('questions.pdf')).join('').replace(/\s+/g, '');
    expect(questions).toContain(`${printed(facts, facts.openQuestions)}ข้อ`);
  });

  it('gives byte-identical outputs when built again, through the library this time', async () => {
    const again = tempOut();
    await buildAll({ data, out: again, log: quiet });
    expect(snapshot(again)).toEqual(snapshot(outOf(data)));
  });
});

describe('npm run build', () => {
  it('leaves out/ byte for byte as it was when the data is bad, and reports the problem', async () => {
    const out = tempOut();
    cpSync(outOf(BUNDLED_PLAN), out, { recursive: true });
    const before = snapshot(out);
    const bad = copyOfPlan();
    edit(bad, 'order.yaml', 'date: 2565-05-10', 'date: 2565-02-30');
    await expect(buildAll({ data: bad, out, log: quiet })).rejects.toBeInstanceOf(InputError);
    expect(snapshot(out)).toEqual(before);
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

  it('writes the same bytes from the command line with or without its V8 code cache (one bundle)', () => {
    // The small plan: what is cached is the code, whatever plan it builds. The suite's build ran the command line
    // before (tests/setup/buildOnce.ts); the library build above gives the same bytes.
    const cacheDir = join('node_modules', '.cache', 'ita-plan');
    const caches = () => readdirSync(cacheDir).filter((n) => n.startsWith('build.cjs.') && n.endsWith('.v8cache'));
    for (const cache of caches()) rmSync(join(cacheDir, cache), { force: true });
    const withoutCache = tempOut();
    const r1 = runScript('build', ['--data', TAMBON_DEMO, '--out', withoutCache]);
    expect(r1.status, r1.stderr).toBe(0);
    expect(caches()).toHaveLength(1);
    const withCache = tempOut();
    const r2 = runScript('build', ['--data', TAMBON_DEMO, '--out', withCache]);
    expect(r2.status, r2.stderr).toBe(0);
    expect(snapshot(withoutCache)).toEqual(snapshot(outOf(TAMBON_DEMO)));
    expect(snapshot(withCache)).toEqual(snapshot(outOf(TAMBON_DEMO)));
  });
});
