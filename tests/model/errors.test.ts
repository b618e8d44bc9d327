import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_YAML_BYTES } from '../../src/model/source.js';
import { copyOfPlan, edit, problemsOf, removeCopies } from '../helpers.js';

afterAll(removeCopies);

const PROJECTS = 'projects-1-culture.yaml';

/** The one problem reported for `file`, asserting where it stands. */
function expectProblem(dir: string, file: string, at: { line: number; column: number }, path: string, message: RegExp) {
  const problems = problemsOf(dir).filter((p) => p.file.endsWith(file));
  const match = problems.find((p) => p.path === path);
  expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
  expect({ line: match!.line, column: match!.column }).toEqual({ line: at.line, column: at.column });
  expect(match!.message).toMatch(message);
  // Thai first, the English expectation after the dash.
  expect(match!.message).toMatch(/[\u0e01-\u0e4f].* — /);
}

describe('every kind of bad input is reported where it stands', () => {
  it('YAML syntax errors, every one in the file, each where it stands', () => {
    const dir = copyOfPlan();
    const duplicate = edit(dir, 'units.yaml', '    name: สำนักคลัง\n', '    name: สำนักคลัง\n    name: สำนักการคลัง\n', 'name: สำนักการคลัง');
    const indent = edit(dir, 'units.yaml', '  - id: engineering\n', '  - id: engineering\n   extra: bad indent\n', '   extra');
    edit(dir, 'structure.yaml', '  - id: transparency', '  - id: transparency\n   title: bad indent');
    const problems = problemsOf(dir);
    const units = problems.filter((p) => p.file.endsWith('units.yaml'));
    expect(units.map((p) => [p.line, p.column])).toEqual([[duplicate.line, duplicate.column], [indent.line, 1]]);
    expect(units[0]!.message).toMatch(/^ชื่อฟิลด์ซ้ำกัน — /);
    expect(units[1]!.message).toMatch(/^การย่อหน้าหรือเครื่องหมาย YAML ไม่ถูกต้อง — /);
    expect(problems.some((p) => p.file.endsWith('structure.yaml'))).toBe(true);
  });

  it('an unknown key (a typo) at the key itself', () => {
    const dir = copyOfPlan();
    const at = edit(dir, PROJECTS, '    kind: โครงการ\n', '    kind: โครงการ\n    nmae: typo\n', 'nmae');
    expectProblem(dir, PROJECTS, at, 'projects[0].nmae', /ไม่รู้จักฟิลด์ "nmae"/);
  });

  it('a missing required field, at the key of the object that lacks it', () => {
    const dir = copyOfPlan();
    const file = join(dir, 'units.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    abbreviation: สป.\n', ''));
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('id: office')) + 1;
    expectProblem(dir, 'units.yaml', { line, column: 5 }, 'units[0].abbreviation', /ขาดฟิลด์/);
  });

  it('empty required text', () => {
    const dir = copyOfPlan();
    const at = edit(dir, 'units.yaml', '    name: สำนักปลัดเทศบาล', '    name: "  "', '"  "');
    expectProblem(dir, 'units.yaml', at, 'units[0].name', /ข้อความว่างเปล่า/);
  });

  it('a wrong type', () => {
    const dir = copyOfPlan();
    const at = edit(dir, 'order.yaml', 'number: 504', 'number: ห้าร้อยสี่', 'ห้าร้อยสี่');
    expectProblem(dir, 'order.yaml', at, 'number', /ต้องเป็นตัวเลข/);
  });

  it('a duplicate id, naming where the first one is', () => {
    const dir = copyOfPlan();
    const at = edit(dir, 'units.yaml', '  - id: personnel', '  - id: office', 'office\n    name: กองการเจ้าหน้าที่');
    expectProblem(dir, 'units.yaml', at, 'units[1].id', /ซ้ำ.*units\.yaml:5:9/);
  });

  it('a reference to an unknown unit, mission or dimension', () => {
    const dir = copyOfPlan();
    const unit = edit(dir, PROJECTS, '    responsible:\n      - personnel', '    responsible:\n      - personel', 'personel');
    const mission = edit(dir, PROJECTS, '    under: culture-staff-duty', '    under: culture-staf-duty', 'culture-staf-duty');
    const dimension = edit(dir, 'projects-4-oversight.yaml', 'dimension: oversight', 'dimension: oversite', 'oversite');
    expectProblem(dir, PROJECTS, unit, 'projects[0].responsible[0]', /ไม่พบหน่วยงาน "personel"/);
    expectProblem(dir, PROJECTS, mission, 'projects[0].under', /ไม่พบภารกิจ/);
    expectProblem(dir, 'projects-4-oversight.yaml', dimension, 'dimension', /ไม่พบมิติ/);
  });

  it('a fiscal year outside the plan, a negative and a fractional amount', () => {
    const dir = copyOfPlan();
    const year = edit(dir, PROJECTS, '        2570: 30000', '        2571: 30000', '2571');
    const negative = edit(dir, PROJECTS, '        2566: 30000', '        2566: -30000', '-30000');
    const fraction = edit(dir, PROJECTS, '        2567: 30000', '        2567: 30000.5', '30000.5');
    expectProblem(dir, PROJECTS, year, 'projects[0].budget.perYear.2571', /ปีงบประมาณอยู่นอกช่วงของแผน/);
    expectProblem(dir, PROJECTS, negative, 'projects[0].budget.perYear.2566', /ติดลบ/);
    expectProblem(dir, PROJECTS, fraction, 'projects[0].budget.perYear.2567', /จำนวนเต็ม/);
  });

  it('an impossible date (30 February)', () => {
    const dir = copyOfPlan();
    const at = edit(dir, 'order.yaml', 'date: 2565-05-10', 'date: 2565-02-30', '2565-02-30');
    expectProblem(dir, 'order.yaml', at, 'date', /ไม่มีวันที่ 30 กุมภาพันธ์/);
  });

  it('a likelihood outside 1–5', () => {
    const dir = copyOfPlan();
    const at = edit(dir, 'risks.yaml', '    likelihood: 4\n', '    likelihood: 6\n', '6\n');
    expectProblem(dir, 'risks.yaml', at, 'risks[0].likelihood', /ต้องไม่เกิน 5/);
  });

  it('reports every problem of every file in one run', () => {
    const dir = copyOfPlan();
    edit(dir, PROJECTS, '    kind: โครงการ\n', '    kind: โครงการ\n    nmae: typo\n');
    edit(dir, 'order.yaml', 'date: 2565-05-10', 'date: 2565-02-30');
    edit(dir, 'risks.yaml', '    likelihood: 4\n', '    likelihood: 0\n');
    edit(dir, 'units.yaml', '    name: สำนักปลัดเทศบาล', '    name: ""');
    const files = new Set(problemsOf(dir).map((p) => p.file.split('/').at(-1)));
    expect([...files].sort()).toEqual([PROJECTS, 'order.yaml', 'risks.yaml', 'units.yaml'].sort());
  });
});

describe('unsafe YAML is refused, never obeyed', () => {
  it('a custom tag', () => {
    const dir = copyOfPlan();
    const at = edit(dir, 'order.yaml', 'number: 504', 'number: !!js/function "x"', '!!js/function');
    const p = problemsOf(dir).find((x) => x.file.endsWith('order.yaml'))!;
    expect(p.message).toMatch(/แท็ก|YAML/);
    expect(p.line).toBe(at.line);
  });

  it('an alias bomb', () => {
    const dir = copyOfPlan();
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    writeFileSync(join(dir, 'units.yaml'), `${bomb.join('\n')}\n`);
    const p = problemsOf(dir).find((x) => x.file.endsWith('units.yaml'))!;
    expect(p.message).toMatch(/alias/);
  });

  it('a huge file, before parsing it', () => {
    const dir = copyOfPlan();
    writeFileSync(join(dir, 'units.yaml'), `units: []\n#${'x'.repeat(MAX_YAML_BYTES)}\n`);
    const p = problemsOf(dir).find((x) => x.file.endsWith('units.yaml'))!;
    expect(p.message).toMatch(/ใหญ่เกินไป/);
  });

  it('__proto__ and constructor keys are reported as unknown and pollute nothing', () => {
    const dir = copyOfPlan();
    edit(dir, 'units.yaml', 'units:\n', 'units:\n  - id: x1\n    name: ก\n    abbreviation: ก.\n    __proto__: { polluted: true }\n    constructor: { prototype: { polluted: true } }\n');
    const problems = problemsOf(dir);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['units[0].__proto__', 'units[0].constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
