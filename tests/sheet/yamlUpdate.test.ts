import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/problems.js';
import { trialLoad } from '../../src/sheet/importBudgets.js';
import { readProjectFiles } from '../../src/sheet/projectFiles.js';
import { updatedText } from '../../src/sheet/yamlUpdate.js';
import { copyOfPlan, edit, removeCopies } from '../helpers.js';
import { changedLines } from './workbook.js';

afterAll(removeCopies);

const FILE = 'projects-1-culture.yaml';

/** A plan copy whose first budget line is laid out by hand, as yaml would never write it. */
function handLaidOut() {
  const dir = copyOfPlan();
  edit(dir, FILE, '        2567: 30000\n', '        2567:    30000   # ตามมติสภา\n');
  const { projects } = readProjectFiles(dir);
  const first = projects.get('law-knowledge-training')!;
  return { dir, first, text: readFileSync(join(dir, FILE), 'utf8') };
}

describe('writing amounts back into a YAML file', () => {
  it('changes only the number in a file yaml would lay out differently, keeping its spacing and comment', () => {
    const { first, text } = handLaidOut();
    const next = updatedText(first.file, [{ id: first.id, index: first.index, year: 2567, old: 30000, value: 31000 }]);
    expect(changedLines(text, next)).toEqual([
      { line: expect.any(Number), before: '        2567:    30000   # ตามมติสภา', after: '        2567:    31000   # ตามมติสภา' },
    ]);
  });

  it('refuses, with the file and line, to add lines to such a file rather than re-lay it out', () => {
    const { dir, text } = handLaidOut();
    const { projects } = readProjectFiles(dir);
    const none = [...projects.values()].find((p) => p.file.ref.path.endsWith(FILE) && Object.keys(p.perYear).length === 0)!;
    let error: unknown;
    try {
      updatedText(none.file, [{ id: none.id, index: none.index, year: 2566, value: 1000 }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const [problem] = (error as InputError).problems;
    expect(problem!.file).toContain(FILE);
    expect(text.split('\n')[problem!.line - 1]).toContain(`id: ${none.id}`);
    expect(problem!.message).toContain('ให้เพิ่มในไฟล์ด้วยมือ');
  });
});

describe('checking the new data before writing it', () => {
  it('reports what the model refuses in the would-be files under the real file names, and writes nothing', () => {
    const dir = copyOfPlan();
    const { files } = readProjectFiles(dir);
    const file = files.find((f) => f.ref.path.endsWith(FILE))!;
    const text = file.text.replace('        2567: 30000\n', '        2567: -1\n');
    let error: unknown;
    try {
      trialLoad(dir, [{ file, text }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(file.ref.display);
    expect(text.split('\n')[problems[0]!.line - 1]).toBe('        2567: -1');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(file.text);
  });
});
