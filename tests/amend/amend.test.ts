import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amend, type AmendOptions } from '../../src/amend/amend.js';
import type { AmendmentManifest } from '../../src/amend/publishAmendment.js';
import { InputError, type Problem } from '../../src/model/problems.js';
import { copyOfPlan, edit, removeCopies, runScript } from '../helpers.js';
import { pdfPages, writeTemp } from '../pdfText.js';
import { composeChangeReport } from '../../src/amend/composeChangeReport.js';
import { diffPlans } from '../../src/amend/diffPlans.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { editCard, NEW_CARD, scenario } from './scenario.js';

afterAll(removeCopies);

const RANGE = 'r1-2565-09..r2-2566-03';
const DIR = `phitsanulok-2566-2570/amendments/${RANGE}`;
const tempOut = () => mkdtempSync(join(tmpdir(), 'ita-amend-out-'));
const file = (doc: string, format: string) => `phitsanulok-2566-2570_${RANGE}_${doc}.${format}`;
const quiet = () => undefined;

/** The problems `amend` stops with (fails the test if it does not stop). */
async function problemsOfAmend(options: AmendOptions): Promise<Problem[]> {
  try {
    await amend(options);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected amend to stop');
}

/** The text of a PDF in drawing order (cell by cell), line breaks and spaces taken out: Thai words wrap anywhere. */
const flat = (path: string) => pdfPages(path, '-raw').join('').replace(/\s+/g, '');

let a: string;
let b: string;
let out: string;
let run: ReturnType<typeof runScript>;

beforeAll(() => {
  ({ a, b } = scenario());
  out = tempOut();
  run = runScript('amend', ['--from', a, '--to', b, '--out', out]);
});

describe('npm run amend', () => {
  it('writes the change report, the amendment and its announcement as PDF and DOCX, with manifest and SHA256SUMS', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const dir = join(out, DIR);
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'manifest.json', ...['amendment', 'announcement', 'changes'].flatMap((d) => [file(d, 'docx'), file(d, 'pdf')])].sort());
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).toString().match(/: OK$/gm)).toHaveLength(7);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as AmendmentManifest;
    expect(manifest.amendment).toMatchObject({ number: 1, from: { version: 'r1-2565-09' }, to: { version: 'r2-2566-03' } });
    expect(manifest.amendment.from.data.map((d) => d.file)).toContain('projects-1-culture.yaml');
    expect(manifest.inputs.data.map((d) => d.file)).toContain('amendment.yaml');
    expect(manifest.inputs.templates.map((t) => t.file)).toEqual(['templates/amendment/announcement.hbs']);
    // What the command prints: the counts and the total difference over five years.
    expect(run.stdout).toContain('เพิ่ม 1 · ยกเลิก 1 · ย้าย 1 · เปลี่ยนชื่อ 0 · แก้ไข 4 · ข้อมูลอื่น 0');
    expect(run.stdout).toMatch(/ผลต่าง\s+-435,000\s+-435,000\s+-450,000\s+-450,000\s+-450,000\s+-2,220,000/);
  });

  it('gives byte-identical PDFs when run again on the same versions (and through the library as through npm)', async () => {
    // The PDFs only: the DOCX writer's reproducibility is the plan build's test; this keeps the run short.
    const again = tempOut();
    await amend({ from: a, to: b, data: b, out: again, formats: ['pdf'], log: quiet });
    const pdfSums = (dir: string) => readFileSync(join(dir, DIR, 'SHA256SUMS'), 'utf8').split('\n').filter((l) => l.endsWith('.pdf'));
    expect(pdfSums(again)).toHaveLength(3);
    expect(pdfSums(again)).toEqual(pdfSums(out));
  });

  it('shows every change in the report, the old and new words side by side', () => {
    const text = flat(join(out, DIR, file('changes', 'pdf')));
    for (const expected of [NEW_CARD.name, 'โครงการจัดงานวันเด็ก', 'เป็นสิ่งจำเป็น', 'เป็นสิ่งสำคัญยิ่ง', 'สำนักปลัดเทศบาล', 'กองยุทธศาสตร์และงบประมาณ', '-๔๓๕,๐๐๐', '-๒,๒๒๐,๐๐๐']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('prints the new and changed cards in full in the amendment, with the reasons and the revised budget', () => {
    const text = flat(join(out, DIR, file('amendment', 'pdf')));
    expect(text).toContain('(ฉบับเพิ่มเติมและเปลี่ยนแปลงครั้งที่๑)');
    expect(text).toContain('โครงการจัดงานวันเด็กย้ายไปอยู่ในแผนพัฒนาการศึกษา');
    // One card for the added project and one for each of the four changed ones; none for the rest.
    expect(text.match(/๑\.ชื่อโครงการ:/g)).toHaveLength(5);
    expect(text).toContain(`ชื่อโครงการ:${NEW_CARD.name}`);
    // The revised budget summary: the new grand total, 58 cards.
    expect(text).toContain('รวมทั้งสิ้น๕๘รายการ'); // the cards mix โครงการ, มาตรการ and กิจกรรม
    expect(text).toContain('๒,๓๙๘,๐๐๐');
  });

  it('writes the announcement of the amendment from its template, ready to sign', () => {
    const text = flat(join(out, DIR, file('announcement', 'pdf')));
    expect(text).toContain('ประกาศเทศบาลนครพิษณุโลก');
    expect(text).toContain('ฉบับเพิ่มเติมและเปลี่ยนแปลงครั้งที่๑');
    expect(text).toContain('เมื่อเดือนกันยายนพ.ศ.๒๕๖๕');
    expect(text).toContain('ประกาศณวันที่๑๕มีนาคมพ.ศ.๒๕๖๖');
    expect(text).toContain('(นางเปรมฤดีชามพูนท)');
  });

  it('keeps every word of a long edited paragraph in the report, across pages', async () => {
    // A rationale of about 1,900 characters, edited at its start and its end: in a third of a page's
    // width it is taller than a page, which a table row kept whole would not survive.
    const c = copyOfPlan();
    edit(c, 'plan.yaml', 'revision:\n  number: 1', 'revision:\n  number: 2');
    editCard(c, 'projects-4-oversight.yaml', 'corruption-complaint-channels', 'ปัญหาการทุจริตคอร์รัปชันในประเทศไทย', 'ปัญหาการทุจริตคอร์รัปชันในประเทศไทยทุกระดับ');
    editCard(c, 'projects-4-oversight.yaml', 'corruption-complaint-channels', 'จึงได้ดำเนินการจัดทำมาตรการ', 'จึงได้ดำเนินการจัดทำมาตรการฉบับนี้');
    const changes = diffPlans(loadPlan(a), loadPlan(c));
    const pdf = writeTemp('changes.pdf', (await renderPdf(composeChangeReport(changes, { from: 'a', to: 'c' }))).bytes);
    const text = flat(pdf);
    for (const words of ['ในประเทศไทยทุกระดับถือเป็น', 'จัดทำมาตรการฉบับนี้จัดให้มีระบบ', 'ส่งผลให้ภาพลักษณ์ของประเทศไทย']) expect(text, words).toContain(words);
  });

  it('says "no changes", exits 0 and writes nothing when the versions do not differ', () => {
    const again = tempOut();
    const same = runScript('amend', ['--from', a, '--to', copyOfPlan(), '--out', again]);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('no changes');
    expect(readdirSync(again)).toEqual([]);
  });

  it('stops, naming plan.yaml\'s revision, when the new version keeps the old revision id', async () => {
    const c = copyOfPlan();
    editCard(c, 'projects-1-culture.yaml', 'law-knowledge-training', '2566: 30000', '2566: 31000');
    const again = tempOut();
    const [p, ...rest] = await problemsOfAmend({ from: a, to: c, data: c, out: again, log: quiet });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: expect.stringMatching(/plan\.yaml$/), line: 4, path: 'revision.number' });
    expect(p!.message).toContain('ฉบับใหม่ยังใช้เลขฉบับแก้ไขเดิม (r1-2565-09)');
    expect(readdirSync(again)).toEqual([]);
  });

  it('reports a version that is neither a folder nor a commit, and a bad amendment.yaml, where they are', async () => {
    const [ref] = await problemsOfAmend({ from: 'no-such-tag', data: b, out: tempOut(), log: quiet });
    expect(ref!.message).toContain('"no-such-tag"');
    const c = copyOfPlan();
    edit(c, 'plan.yaml', 'revision:\n  number: 1', 'revision:\n  number: 2');
    editCard(c, 'projects-1-culture.yaml', 'law-knowledge-training', '2566: 30000', '2566: 31000');
    // amendment.yaml is checked with the plan: an impossible date, located.
    writeFileSync(join(c, 'amendment.yaml'), readFileSync(join(b, 'amendment.yaml'), 'utf8').replace('date: 2566-03-15', 'date: 2566-02-30'));
    const again = tempOut();
    const [date] = await problemsOfAmend({ from: a, to: c, data: c, out: again, log: quiet });
    expect(date).toMatchObject({ file: expect.stringMatching(/amendment\.yaml$/), line: 6, column: 7, path: 'date' });
    expect(date!.message).toContain('ไม่มีวันที่ 30 กุมภาพันธ์');
    expect(readdirSync(again)).toEqual([]);
  });
});
