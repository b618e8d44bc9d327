import { isMap, isScalar, Pair, Scalar, YAMLMap, type Document, type ToStringOptions } from 'yaml';
import { InputError } from '../model/problems.js';
import { projectsFile } from '../model/schema/projects.js';
import type { ProjectFile } from './projectFiles.js';

/** One amount to write: `old` is undefined where the data had no entry for that year. */
export interface BudgetChange {
  id: string;
  year: number;
  old?: number;
  value: number;
}

/** The keys of a project card in the schema's order, which the data files keep. */
const PROJECT_KEYS = Object.keys(projectsFile.shape.projects.element.shape);

/**
 * The options under which yaml writes this unchanged document back byte for byte: they are what the
 * file was written with (long lines unfolded, flow collections padded or not, lists indented or not).
 */
function roundTripOptions(doc: Document, text: string): ToStringOptions | undefined {
  for (const lineWidth of [0, 80]) {
    for (const flowCollectionPadding of [false, true]) {
      for (const indentSeq of [true, false]) {
        const options: ToStringOptions = { lineWidth, flowCollectionPadding, indentSeq };
        if (doc.toString(options) === text) return options;
      }
    }
  }
  return undefined;
}

const sameKey = (node: unknown, key: number) => String(isScalar(node) ? node.value : node) === String(key);

function perYearMap(project: YAMLMap): YAMLMap | undefined {
  const node = project.getIn(['budget', 'perYear'], true);
  return isMap(node) ? node : undefined;
}

/** Adds `year: value` where the years stay in order; creates `budget.perYear` where there is none. */
function insertAmount(project: YAMLMap, year: number, value: number): void {
  const pair = new Pair(new Scalar(year), new Scalar(value));
  const perYear = perYearMap(project);
  if (perYear) {
    const at = perYear.items.findIndex((p) => Number(isScalar(p.key) ? p.key.value : p.key) > year);
    perYear.items.splice(at < 0 ? perYear.items.length : at, 0, pair);
    return;
  }
  const budget = new YAMLMap();
  const years = new YAMLMap();
  years.items.push(pair);
  budget.items.push(new Pair(new Scalar('perYear'), years));
  const rank = (p: Pair) => PROJECT_KEYS.indexOf(String(isScalar(p.key) ? p.key.value : p.key));
  const mine = PROJECT_KEYS.indexOf('budget');
  const at = (project.items as Pair[]).findIndex((p) => rank(p) > mine);
  project.items.splice(at < 0 ? project.items.length : at, 0, new Pair(new Scalar('budget'), budget));
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function amountNode(project: YAMLMap, year: number): Scalar | undefined {
  const pair = perYearMap(project)?.items.find((p) => sameKey(p.key, year));
  return pair && isScalar(pair.value) ? pair.value : undefined;
}

/**
 * The file's new text with the changes made through the Document API, everything else (comments,
 * key order, quoting, line breaks) as it was. A file yaml would not write back unchanged gets only
 * its changed numbers replaced in place; what would need new lines there is refused.
 */
export function updatedText(file: ProjectFile, changes: Array<BudgetChange & { index: number }>): string {
  const { doc, text } = file;
  const options = roundTripOptions(doc, text);
  const projectAt = (index: number) => {
    const node = doc.getIn(['projects', index], true);
    if (!isMap(node)) throw new Error(`${file.ref.display}: projects[${index}] is not a mapping`);
    return node;
  };
  if (!options) {
    const refused = changes.filter((c) => !amountNode(projectAt(c.index), c.year)?.range);
    if (refused.length) {
      throw new InputError(refused.map((c) => {
        const { line, column } = positionOf(text, projectAt(c.index).range?.[0] ?? 0);
        return {
          file: file.ref.display, line, column, path: `projects[${c.index}].budget.perYear.${c.year}`,
          message: `เพิ่มปี ${c.year} ของโครงการ "${c.id}" เองไม่ได้ เพราะไฟล์นี้จัดรูปแบบต่างจากที่โปรแกรมเขียน ให้เพิ่มในไฟล์ด้วยมือ — ` +
            'this file is laid out in a way yaml would not write back unchanged, so new lines are not added to it; add the amount by hand',
        };
      }));
    }
    const edits = changes.map((c) => {
      const node = amountNode(projectAt(c.index), c.year)!;
      return { from: node.range![0], to: node.range![1], value: String(c.value) };
    });
    return edits.sort((a, b) => b.from - a.from).reduce((t, e) => t.slice(0, e.from) + e.value + t.slice(e.to), text);
  }
  for (const c of changes) {
    const project = projectAt(c.index);
    const node = amountNode(project, c.year);
    if (node) {
      node.value = c.value;
      // A whole number as whole baht are written (`3.0e4` or `30000.0` would otherwise keep their form).
      delete node.format;
      delete node.minFractionDigits;
    } else insertAmount(project, c.year, c.value);
  }
  return doc.toString(options);
}
