import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/problems.js';
import { buildAll } from '../../src/publish/buildAll.js';
import { retryTallBlocks } from '../../src/render/pdf/tooTallBlocks.js';
import { copyOfPlan, edit, removeCopies } from '../helpers.js';
import { pdfPages } from '../pdfText.js';

afterAll(removeCopies);

const quiet = () => undefined;
const VERSION_DIR = 'phitsanulok-2566-2570/r1-2565-09';

/** A marker pdftotext reads back as is, unique per piece of text: Latin letters only (digits print as Thai digits). */
const mark = (name: string, i: number) => `MARK${name}${String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))}X`;
/** About two lines of Thai text at 16 pt. */
const twoLines = 'เพื่อส่งเสริมให้เกิดกระบวนการกำกับดูแลที่ดี และความโปร่งใสในการปฏิบัติงาน ป้องกันการประพฤติมิชอบหรือการทุจริต';
/** A long item: far more than a page of text, in phrases (no run over the unbroken-run limit). */
const longItem = (name: string) => Array.from({ length: 40 }, (_, i) => `${mark(name, i)} ${twoLines}`).join(' ');

/**
 * The three shapes pdfmake used to drop from the PDF, each taller than a page: one objective with 16
 * sub-items, a list item far longer than a page, and a risk with 12 measures (plan); a duty far longer
 * than a page among 20 duties, and a member whose position is longer than a page (order).
 */
function tallPlan(): string {
  const dir = copyOfPlan();
  const subItems = Array.from({ length: 16 }, (_, i) => `              - ${mark('S', i)} ${twoLines}\n`).join('');
  edit(dir, 'projects-4-oversight.yaml', '    objectives:\n      - list:\n', `    objectives:\n      - list:\n          - text: วัตถุประสงค์ที่มีข้อย่อยสิบหกข้อ\n            list:\n${subItems}`);
  edit(dir, 'projects-4-oversight.yaml', '    method:\n      - list:\n', `    method:\n      - list:\n          - ${longItem('L')}\n`);
  const measures = Array.from({ length: 12 }, (_, i) => `      - ${mark('M', i)} ${twoLines} ${twoLines}\n`).join('');
  edit(dir, 'risks.yaml', '    measures:\n', `    measures:\n${measures}`);
  const order = readFileSync('templates/order.hbs', 'utf8');
  const duties = Array.from({ length: 19 }, (_, i) => `- ${mark('D', i)} ${twoLines}`).join('\n');
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'templates', 'order.hbs'), order.replace(/# duties\n[\s\S]*?\n\n# effective/, `# duties\n${duties}\n- ${longItem('T')}\n\n# effective`));
  edit(dir, 'order.yaml', 'position: นายกเทศมนตรีนครพิษณุโลก, role: ประธานคณะทำงาน', `position: ${longItem('P')}, role: ประธานคณะทำงาน`);
  return dir;
}

let data: string;
let out: string;

beforeAll(async () => {
  data = tallPlan();
  out = mkdtempSync(join(tmpdir(), 'ita-noloss-'));
  await buildAll({ data, out, only: ['plan', 'order'], formats: ['pdf'], log: quiet });
});

/** How many times each marker `name`00…`name`(count-1) is in the PDF's text. */
const texts = new Map<string, string>();
function counts(file: string, name: string, count: number): number[] {
  if (!texts.has(file)) texts.set(file, pdfPages(join(out, VERSION_DIR, file)).join('\n'));
  const text = texts.get(file)!;
  return Array.from({ length: count }, (_, i) => text.split(mark(name, i)).length - 1);
}

describe('every word reaches the PDF', () => {
  it('breaks an objective with 16 sub-items, a long item and a risk with 12 measures across pages in the plan', () => {
    const plan = 'phitsanulok-2566-2570_r1-2565-09_plan.pdf';
    expect(counts(plan, 'S', 16)).toEqual(Array(16).fill(1));
    expect(counts(plan, 'L', 40)).toEqual(Array(40).fill(1));
    // The risk table lists the measures twice (assessment and management) or once: never none.
    expect(counts(plan, 'M', 12).every((n) => n >= 1)).toBe(true);
    // The plan's appendix carries the order too.
    expect(counts(plan, 'D', 19).every((n) => n >= 1)).toBe(true);
    expect(counts(plan, 'P', 40).every((n) => n >= 1)).toBe(true);
  });

  it('breaks a duty longer than a page among 20 and a member longer than a page across pages in the order', () => {
    const order = 'phitsanulok-2566-2570_r1-2565-09_order.pdf';
    // A letter repeats the first word of the next page at the foot of a page ("…/MARK…"): once or twice.
    const onceOrTwice = (ns: number[]) => ns.map((n) => (n === 1 || n === 2 ? 1 : n));
    expect(onceOrTwice(counts(order, 'D', 19))).toEqual(Array(19).fill(1));
    expect(onceOrTwice(counts(order, 'T', 40))).toEqual(Array(40).fill(1));
    expect(onceOrTwice(counts(order, 'P', 40))).toEqual(Array(40).fill(1));
  });

  it('fails the build, located and writing nothing, when the layout would lose text (checked with the page-break fix off)', async () => {
    const failed = mkdtempSync(join(tmpdir(), 'ita-noloss-'));
    retryTallBlocks(false);
    try {
      const error = await buildAll({ data, out: failed, only: ['order'], formats: ['pdf'], log: quiet }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      const problems = (error as InputError).problems;
      // The member's position: order.yaml, its line, the field, the document.
      const position = problems.find((p) => p.path === 'members[0].position');
      expect(position, JSON.stringify(problems.slice(0, 3))).toBeDefined();
      expect(position!.file).toMatch(/order\.yaml$/);
      const line = readFileSync(join(data, 'order.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(mark('P', 0))) + 1;
      expect(position!.line).toBe(line);
      expect(position!.message).toContain('order.pdf');
      expect(existsSync(join(failed, VERSION_DIR))).toBe(false);
      expect(readdirSync(failed)).toEqual([]);
    } finally {
      retryTallBlocks(true);
    }
  });
});
