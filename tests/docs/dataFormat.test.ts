import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/thai/index.js';
import { BUNDLED_PLAN, TAMBON_DEMO } from '../helpers.js';
import { built } from '../builtPlan.js';
import { pdfPages } from '../pdfText.js';

// docs/data-format.md shows every file of a small plan; that plan is tests/fixtures/tambon-demo, a second
// authority (2 dimensions, 3 projects, 2 units, 3 members, B.E. 2567–2571, Arabic digits). The blocks are
// the fixture byte for byte (the first test), so its outputs are the fixture's as the suite's one build wrote them
// (tests/setup/buildOnce.ts); nothing of the bundled plan may reach them.

const FIXTURE = TAMBON_DEMO;
const docs = readFileSync('docs/data-format.md', 'utf8');

/** "### `name`" followed by a ```yaml block, in the docs' complete example. */
function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of docs.matchAll(/^### `([^`]+\.yaml)`\n\n```yaml\n([\s\S]*?)```$/gm)) files.set(m[1]!, m[2]!);
  return files;
}

let outputs: Map<string, string>;
let questionsPath: string;

beforeAll(() => {
  const folder = built(FIXTURE).dir;
  questionsPath = join(folder, 'tambon-demo_r1-2566-09_questions.pdf');
  outputs = new Map(built(FIXTURE).manifest().files.map((f) => {
    const path = join(folder, f.file);
    const text = f.file.endsWith('.pdf')
      ? pdfPages(path).join('\f')
      : strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!).replace(/<[^>]+>/g, ' ');
    return [f.file, text];
  }));
});

describe('the complete small plan in docs/data-format.md', () => {
  it('is every file of tests/fixtures/tambon-demo, byte for byte', () => {
    const fixture = readdirSync(FIXTURE).sort();
    expect([...exampleFiles().keys()].sort()).toEqual(fixture);
    for (const [name, text] of exampleFiles()) expect(text, name).toBe(readFileSync(join(FIXTURE, name), 'utf8'));
  });

  it('builds every output, with the questions list beside the plan', () => {
    expect([...outputs.keys()].map((f) => f.replace(/^tambon-demo_r1-2566-09_/, '')).sort()).toEqual([
      'announcement.docx', 'announcement.pdf', 'order.docx', 'order.pdf', 'plan.docx', 'plan.pdf', 'questions.pdf',
    ]);
  });

  it("lists its one open question with the page of the plan where the card's duration prints", () => {
    const planPages = outputs.get('tambon-demo_r1-2566-09_plan.pdf')!.split('\f');
    const page = planPages.find((p) => p.includes('เดือนธันวาคมของทุกปี'))!;
    const label = page.trim().split('\n')[0]!.trim();
    expect(label).toMatch(/^\d+$/);
    const questions = outputs.get('tambon-demo_r1-2566-09_questions.pdf')!;
    expect(questions.replace(/\s+/g, '')).toContain('1ข้อ');
    // Read as laid out: number, page and place stand on one row of the table.
    const rows = pdfPages(questionsPath, '-layout').join('\n');
    expect(rows).toMatch(new RegExp(`^\\s*1\\s+${label}\\s+ส่วนที่ 3 โครงการที่ 2 ข้อ 6`, 'm'));
  });

  it('contains no name, unit, member or amount of the bundled plan in any output', () => {
    const read = (file: string) => parse(readFileSync(join(BUNDLED_PLAN, file), 'utf8'));
    const units = (read('units.yaml').units as Array<{ name: string }>).map((u) => u.name);
    const members = (read('order.yaml').members as Array<{ name: string }>).map((m) => m.name);
    const amounts = new Set<number>();
    for (const file of readdirSync(BUNDLED_PLAN).filter((f) => f.startsWith('projects-'))) {
      for (const p of read(file).projects as Array<{ budget?: { perYear: Record<string, number> } }>) {
        for (const v of Object.values(p.budget?.perYear ?? {})) amounts.add(v);
      }
    }
    expect(amounts.size).toBeGreaterThan(5);
    const peculiar = [
      'พิษณุโลก', 'เทศบาลนคร', 'เทศบาล', ...units, ...members,
      ...[...amounts].flatMap((v) => [formatAmount(v, 'arabic'), formatAmount(v, 'thai')]),
    ];
    for (const [file, text] of outputs) {
      const flat = text.replace(/\s+/g, '');
      for (const word of peculiar) expect(flat, `${file}: ${word}`).not.toContain(word.replace(/\s+/g, ''));
    }
  });

  it('prints the friction fixes: totals by kind, one unit per line, spaced amounts, the handbook\'s own years', () => {
    const plan = outputs.get('tambon-demo_r1-2566-09_plan.pdf')!;
    const lines = plan.split('\n').map((l) => l.trim());
    expect(plan).toContain('รวมมิติที่ 1 (2 รายการ)'); // one มาตรการ and one กิจกรรม
    expect(plan).toContain('รวมมิติที่ 2 (1 โครงการ)');
    expect(plan).toContain('รวมทั้งสิ้น 3 รายการ');
    expect(plan).not.toMatch(/2 โครงการ/);
    // Card 2's units: the section and its unit on one line, the next unit on its own.
    const at = lines.indexOf('งานบริหารทั่วไป สำนักงานปลัด อบต.');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('กองคลัง');
    expect(plan.replace(/\s+/g, ' ')).toContain('ความเสียหายตั้งแต่ 240,001 บาท ถึง 1,200,000 บาท');
    expect(plan.replace(/\s+/g, ' ')).toContain('ความเสียหาย 1,500 บาท หรือน้อยกว่า');
    const order = outputs.get('tambon-demo_r1-2566-09_order.pdf')!.replace(/\s+/g, '');
    expect(order).toContain('สำหรับองค์กรปกครองส่วนท้องถิ่น(พ.ศ.2566-2570)'); // the handbook the NACC published
    expect(order).toContain('ปีงบประมาณ(พ.ศ.2567-2571)'); // the plan's own years
    expect(order).not.toContain('ท้องถิ่น(พ.ศ.2567-2571)');
  });
});
