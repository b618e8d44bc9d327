import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath, Problem } from './problems.js';
import { formatPath } from './problems.js';
import { hiddenCharacters } from './hiddenCharacters.js';
import { MAX_TEXT_BYTES, readPlanText } from './readText.js';

/** Larger YAML files are refused before reading: a plan's biggest file is well under 1 MB. */
export const MAX_YAML_BYTES = MAX_TEXT_BYTES;
/** Aliases are never needed in plan data; a handful are tolerated, a "billion laughs" is not. */
const MAX_ALIAS_COUNT = 50;

/** A parsed YAML file that can say where any of its values stands. */
export interface SourceFile {
  file: string;
  value: unknown;
  locate(path: FieldPath, preferKey?: boolean): { line: number; column: number };
}

export function problemAt(source: SourceFile, path: FieldPath, message: string, preferKey = false): Problem {
  const { line, column } = source.locate(path, preferKey);
  return { file: source.file, line, column, path: formatPath(path), message };
}

function scalarKey(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

function makeLocator(doc: Document, counter: LineCounter) {
  return (path: FieldPath, preferKey = false) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let best: Node | null | undefined = node;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String(scalarKey(p.key)) === String(seg));
        if (!pair) break;
        const isLast = seg === path[path.length - 1];
        best = (preferKey && isLast ? pair.key : pair.value ?? pair.key) as Node;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        best = node = item;
      } else break;
    }
    const offset = best?.range?.[0] ?? 0;
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/**
 * Reads one YAML file safely: core schema only (no custom tags), unique keys, bounded aliases and size.
 * Every syntax problem is reported, not only the first.
 */
export function readYaml(file: string, displayName = file): { source?: SourceFile; problems: Problem[] } {
  const at = (line: number, column: number, message: string): Problem => ({ file: displayName, line, column, path: '', message });
  const read = readPlanText(file, displayName);
  if (read.text === undefined) return { problems: read.problems };
  const text = read.text;
  const hidden = hiddenCharacters(text, displayName);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: Problem[] = [];
  for (const e of [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])) {
    const pos = counter.linePos(e.pos[0]);
    // One report per line, and none for what a mistake a few lines up set off: a clerk fixes the
    // first and the rest go away.
    if (problems.some((p) => p.line === pos.line || (CASCADES.has(e.code) && pos.line - p.line <= 3))) continue;
    const firstLine = e.message.split('\n')[0] ?? e.message;
    problems.push(at(pos.line, pos.col, `${yamlMessageInThai(e.code)} — ${firstLine}`));
  }
  problems.push(...hidden);
  if (problems.length) return { problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { problems: [at(1, 1, `ใช้ alias (*) มากเกินไป — expected plain YAML without alias expansion: ${(e as Error).message}`)] };
  }
  return { source: { file: displayName, value, locate: makeLocator(doc, counter) }, problems };
}

/** Parser errors that follow from an earlier one rather than from a mistake of their own. */
const CASCADES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

function yamlMessageInThai(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'ชื่อฟิลด์ซ้ำกัน';
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_TAG':
      return 'ไม่รองรับแท็ก YAML แบบกำหนดเอง';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'การย่อหน้าหรือเครื่องหมาย YAML ไม่ถูกต้อง';
    default:
      return 'ไวยากรณ์ YAML ไม่ถูกต้อง';
  }
}
