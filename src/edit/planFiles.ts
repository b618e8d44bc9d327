import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { listPlanFiles } from '../model/files.js';
import type { FileKind } from '../model/schema/index.js';

export interface EditableFile {
  /** The file's name inside the plan folder: the only way the page names a file. */
  name: string;
  kind: FileKind;
  /** sha256 of the bytes the page was given; a save is refused when the file no longer has them. */
  hash: string;
  value: unknown;
}

export const hashText = (text: string) => createHash('sha256').update(text).digest('hex');

/** The plan's YAML files by name; a name not in this list is never read or written. */
export function planFileNames(dir: string): Map<string, FileKind> {
  return new Map(listPlanFiles(dir).files.map((f) => [basename(f.path), f.kind]));
}

/** Every file of the plan as the page edits it: plain values, with the hash of the text they came from. */
export function readPlanFiles(dir: string): EditableFile[] {
  return [...planFileNames(dir)].map(([name, kind]) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const doc = parseDocument(text, { schema: 'core' });
    return { name, kind, hash: hashText(text), value: doc.errors.length ? null : doc.toJS({ maxAliasCount: 50 }) };
  });
}

/**
 * Runs `use` on a scratch copy of the plan folder in which some files have new texts: the model then
 * checks (or renders) the plan exactly as it would be after a save, without touching the real files.
 */
export async function withChangedFiles<T>(dir: string, texts: Map<string, string>, use: (copy: string) => T | Promise<T>): Promise<T> {
  const copy = mkdtempSync(join(tmpdir(), 'ita-edit-'));
  try {
    for (const name of planFileNames(dir).keys()) {
      const text = texts.get(name);
      if (text === undefined) copyFileSync(join(dir, name), join(copy, name));
      else writeFileSync(join(copy, name), text);
    }
    return await use(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
