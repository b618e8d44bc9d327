import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { loadPlan } from '../model/loadPlan.js';
import { InputError, type Problem } from '../model/problems.js';
import { writeFileAtomic } from '../publish/atomicWrite.js';
import { hashText, planFileNames, withChangedFiles } from './planFiles.js';
import { mergeInto } from './yamlMerge.js';

export interface FileChange {
  name: string;
  /** The hash the page was given when it loaded the file. */
  hash: string;
  value: unknown;
}

export type SaveResult =
  | { status: 'saved'; hashes: Record<string, string>; backups: string[] }
  | { status: 'conflict'; files: string[]; message: string }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'forbidden'; message: string };

/** Backups of earlier versions, beside the plan's files but not among them. */
export const BACKUP_DIR = '.backup';

/** The new text of a file: its YAML document brought to the new value, comments and layout kept. */
export function changedText(text: string, value: unknown): string {
  const doc = parseDocument(text, { schema: 'core' });
  mergeInto(doc, value);
  const written = doc.toString({ lineWidth: 0 });
  // The writer pads every flow collection alike ("[ a ]") and puts one space before a comment; a
  // person may have padded maps and not lists, or lined comments up. A line that differs from one of
  // the file's own lines only by such spacing is given back as it was, so long as the file still
  // reads as the same value.
  const padding = (line: string) => line.replace(/([[{])\s+|\s+([\]}])/g, '$1$2').replace(/\s+#/g, ' #');
  const own = new Map(text.split('\n').map((line) => [padding(line), line]));
  const restored = written.split('\n').map((line) => own.get(padding(line)) ?? line).join('\n');
  return isDeepStrictEqual(parseDocument(restored, { schema: 'core' }).toJS(), value) ? restored : written;
}

/** Texts of the changed files, or the reason they cannot be written. */
export function changedTexts(dir: string, changes: FileChange[]): { texts: Map<string, string> } | Exclude<SaveResult, { status: 'saved' }> {
  const names = planFileNames(dir);
  const foreign = changes.filter((c) => !names.has(c.name));
  if (foreign.length) return { status: 'forbidden', message: `ไม่ใช่ไฟล์ของแผนนี้: ${foreign.map((c) => c.name).join(', ')} — not a file of this plan` };
  const texts = new Map<string, string>();
  const changed: string[] = [];
  for (const c of changes) {
    const now = readFileSync(join(dir, c.name), 'utf8');
    if (hashText(now) !== c.hash) changed.push(c.name);
    else texts.set(c.name, changedText(now, c.value));
  }
  if (changed.length) {
    return {
      status: 'conflict',
      files: changed,
      message: `ไฟล์ ${changed.join(', ')} ถูกแก้ไขนอกหน้านี้หลังจากเปิดหน้า จึงยังไม่บันทึก การแก้ไขในหน้ายังอยู่ครบ — the file changed on disk since the page loaded; nothing was written`,
    };
  }
  return { texts };
}

/** The problems the command line would report for the plan with these texts, or none. */
export async function problemsWith(dir: string, texts: Map<string, string>): Promise<Problem[]> {
  return withChangedFiles(dir, texts, (copy) => {
    try {
      loadPlan(copy);
      return [];
    } catch (e) {
      if (e instanceof InputError) return e.problems.map((p) => ({ ...p, file: p.file.slice(p.file.lastIndexOf('/') + 1) }));
      throw e;
    }
  });
}

/**
 * Saves edited files: refused when any of them changed on disk since the page loaded it, or when the
 * plan would not pass the command line's checks; otherwise each file's previous version is copied to
 * .backup/ and the new text written atomically (readers see the old bytes or the new, never half).
 */
export async function saveChanges(dir: string, changes: FileChange[], now = new Date()): Promise<SaveResult> {
  const prepared = changedTexts(dir, changes);
  if (!('texts' in prepared)) return prepared;
  const problems = await problemsWith(dir, prepared.texts);
  if (problems.length) return { status: 'invalid', problems };
  // Checked again with nothing awaited between this and the writes: no other save can slip in.
  const again = changedTexts(dir, changes);
  if (!('texts' in again)) return again;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  mkdirSync(join(dir, BACKUP_DIR), { recursive: true });
  const backups: string[] = [];
  const hashes: Record<string, string> = {};
  for (const [name, text] of again.texts) {
    const backup = join(BACKUP_DIR, `${name}.${stamp}`);
    copyFileSync(join(dir, name), join(dir, backup));
    backups.push(backup);
    writeFileAtomic(join(dir, name), text);
    hashes[name] = hashText(text);
  }
  return { status: 'saved', hashes, backups };
}
