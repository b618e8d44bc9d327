import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../model/plan.js';
import { stepDone } from './killPoints.js';
import { buildManifest, sha256Sums, type Manifest, type OutputEntry } from './manifest.js';
import { sha256 } from './hashing.js';
import { at, replaceFolder, writeDurable } from './replaceFolder.js';

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';
/** The documents of a version folder: every PDF and DOCX a build makes is one (the list is DOCUMENTS × FORMATS). */
const OUTPUT_FILE = /\.(pdf|docx)$/;

export function outputDir(plan: Plan, root = 'out'): string {
  return join(root, plan.id, plan.version);
}

export interface RenderedFile {
  file: string;
  bytes: Buffer;
  pages: number | null;
}

/**
 * Publishes one build as a whole (see replaceFolder.ts): every file (the new ones, the files of this
 * version that were not rebuilt this time, the manifest and SHA256SUMS) is written into a temporary
 * folder beside the version folder, which then takes its place.
 */
export function publish(plan: Plan, documentDate: Date, files: RenderedFile[], root = 'out', log: (line: string) => void = () => undefined): { dir: string; manifest: Manifest } {
  const dir = outputDir(plan, root);
  const manifest = replaceFolder(dir, root, log, (stage) => writeStage(plan, documentDate, files, dir, stage));
  return { dir, manifest };
}

/**
 * Publishes a folder of documents that is always made whole (a report, an amendment): the files, the
 * manifest `manifestOf` makes from their entries, and SHA256SUMS, swapped in as one (replaceFolder.ts).
 */
export function publishSet<M extends object>(dir: string, files: RenderedFile[], manifestOf: (entries: OutputEntry[]) => M, root = 'out', log: (line: string) => void = () => undefined): { dir: string; manifest: M } {
  const manifest = replaceFolder(dir, root, log, (stage) => {
    for (const f of files) {
      writeDurable(join(stage, f.file), f.bytes);
      stepDone();
    }
    const made = manifestOf(files.map((f) => ({ file: f.file, sha256: sha256(f.bytes), bytes: f.bytes.length, pages: f.pages })));
    const text = `${JSON.stringify(made, null, 2)}\n`;
    writeDurable(join(stage, MANIFEST), text);
    writeDurable(join(stage, SUMS), sha256Sums([...files.map((f) => ({ file: f.file, bytes: f.bytes })), { file: MANIFEST, bytes: text }]));
    stepDone();
    return made;
  });
  return { dir, manifest };
}

/** Writes the whole version folder into `stage`: new files, kept files, manifest, sums. */
function writeStage(plan: Plan, documentDate: Date, files: RenderedFile[], dir: string, stage: string): Manifest {
  const built = new Map(files.map((f) => [f.file, f]));
  for (const f of files) {
    writeDurable(join(stage, f.file), f.bytes);
    stepDone();
  }
  const previous = readPreviousManifest(dir);
  const kept = existsSync(dir) ? readdirSync(dir).filter((n) => OUTPUT_FILE.test(n) && !built.has(n)) : [];
  for (const name of kept) {
    at(join(stage, name), () => copyFileSync(join(dir, name), join(stage, name)));
    stepDone();
  }
  const present = [...built.keys(), ...kept].sort();
  const bytesOf = (name: string) => built.get(name)?.bytes ?? readFileSync(join(stage, name));
  const entries: OutputEntry[] = present.map((name) => {
    const bytes = bytesOf(name);
    const pages = built.has(name) ? built.get(name)!.pages : previous?.files.find((e) => e.file === name)?.pages ?? null;
    return { file: name, sha256: sha256(bytes), bytes: bytes.length, pages };
  });
  const manifest = buildManifest(plan, documentDate, entries);
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  writeDurable(join(stage, MANIFEST), manifestText);
  stepDone();
  const sums = sha256Sums([...present.map((name) => ({ file: name, bytes: bytesOf(name) })), { file: MANIFEST, bytes: manifestText }]);
  writeDurable(join(stage, SUMS), sums);
  stepDone();
  return manifest;
}

function readPreviousManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
