import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { displayPath } from '../model/files.js';
import { formatPath, type FieldPath, type Problem } from '../model/problems.js';
import type { DocRun } from './docText.js';

interface Field {
  file: string;
  path: FieldPath;
  line: number;
  column: number;
  text: string;
}

/** Thai digits read as Arabic ones, spaces dropped: the Doc prints the data's text in the plan's digits. */
const comparable = (text: string) =>
  text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '').replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

/** Every text value of the plan's YAML files with the field path and position it stands at. */
function textFields(files: string[]): Field[] {
  const out: Field[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(source, { lineCounter: counter });
    const walk = (node: unknown, path: FieldPath): void => {
      if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
      else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
      else if (isScalar(node) && typeof node.value === 'string') {
        const pos = counter.linePos((node as Node).range?.[0] ?? 0);
        out.push({ file: displayPath(file), path, line: pos.line, column: pos.col, text: node.value });
      }
    };
    walk(doc.contents, []);
  }
  return out;
}

/** The data field a lost run prints: the same text, else the longest field it contains or that contains it. */
function fieldOf(run: DocRun, fields: Field[]): Field | undefined {
  const text = comparable(run.text);
  if (text.length < 2) return undefined;
  const exact = fields.find((f) => comparable(f.text) === text);
  if (exact) return exact;
  const candidates = fields.filter((f) => {
    const c = comparable(f.text);
    return c.length >= 8 && (text.includes(c) || (text.length >= 8 && c.includes(text)));
  });
  return candidates.sort((a, b) => b.text.length - a.text.length)[0];
}

/** The `name` field of the card a run belongs to: the name printed in the card's heading. */
function cardOf(run: DocRun, fields: Field[]): Field | undefined {
  if (!run.place.card) return undefined;
  const heading = comparable(run.place.card);
  return fields.filter((f) => f.path.at(-1) === 'name' && f.text.length >= 4 && heading.includes(comparable(f.text))).sort((a, b) => b.text.length - a.text.length)[0];
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A list label ("๑)", "(๒)", "๑.๓)", "-"): lost with its item, it says nothing of its own. */
const isLabel = (text: string) => /^[\s\d๐-๙.()\-–•]*$/.test(text);

/** More than this many lost runs are summed up in one last line. */
const MAX_REPORTED = 20;

/**
 * One located problem per run of text the PDF would lose: the data file, line and field it comes
 * from when it comes from the data, and always the document and the card it belongs to.
 */
export function lossProblems(output: string, lost: DocRun[], dataFiles: string[]): Problem[] {
  if (!lost.length) return [];
  const fields = textFields(dataFiles);
  const worded = lost.filter((r) => !isLabel(r.text));
  const runs = worded.length ? worded : lost;
  const problems = runs.slice(0, MAX_REPORTED).map((run): Problem => {
    const where = [run.place.section && `ส่วน ${run.place.section}`, run.place.card ?? run.place.heading].filter(Boolean).join(', ');
    const message = `ข้อความนี้จะหายไปจาก ${output} จึงไม่สร้างเอกสาร: "${excerpt(run.text)}"${where ? ` (${where})` : ''} — this text would be missing from the PDF; nothing was written`;
    const field = fieldOf(run, fields);
    if (field) return { file: field.file, line: field.line, column: field.column, path: formatPath(field.path), message };
    // Text the document adds itself (a card's field label): point at the card's name in the data.
    const card = cardOf(run, fields);
    if (card) return { file: card.file, line: card.line, column: card.column, path: formatPath(card.path.slice(0, -1)), message };
    return { file: output, line: 1, column: 1, path: run.place.section, message };
  });
  if (runs.length > MAX_REPORTED) {
    problems.push({ file: output, line: 1, column: 1, path: '', message: `และข้อความอื่นอีก ${runs.length - MAX_REPORTED} ตอน — and ${runs.length - MAX_REPORTED} more runs of text` });
  }
  return problems;
}
