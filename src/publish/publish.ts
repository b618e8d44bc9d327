import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plan } from '../model/plan.js';
import { stepDone } from './killPoints.js';
import { lockOutput } from './lock.js';
import { buildManifest, sha256Sums, type Manifest, type OutputEntry } from './manifest.js';
import { sha256 } from './hashing.js';
import { describeWriteError } from './writeErrors.js';

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';
/** The documents of a version folder: every PDF and DOCX a build makes is one (the list is DOCUMENTS × FORMATS). */
const OUTPUT_FILE = /\.(pdf|docx)$/;
/** Folders a build works in beside the version folder: `.<version>.tmp-<pid>-<hex>` and `.<version>.old-<pid>-<hex>`. */
const WORK_FOLDER = /^\.(.+)\.(tmp|old)-\d+-[0-9a-f]+$/;

export function outputDir(plan: Plan, root = 'out'): string {
  return join(root, plan.id, plan.version);
}

export interface RenderedFile {
  file: string;
  bytes: Buffer;
  pages: number | null;
}

/** Runs one file operation; a failure names the path it failed on. */
function at<T>(path: string, operation: () => T): T {
  try {
    return operation();
  } catch (e) {
    throw describeWriteError(e, path);
  }
}

/** Writes and flushes a file: once renamed into place, a power cut does not leave it half written. */
function writeDurable(path: string, bytes: Buffer | string): void {
  at(path, () => {
    const fd = openSync(path, 'wx');
    try {
      const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
      for (let done = 0; done < data.length; ) done += writeSync(fd, data, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
}

function flushFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every system lets a folder be flushed (Windows); the renames are atomic all the same.
  }
}

/**
 * Puts right what a build stopped half way left beside the version folders (called under the lock,
 * so no build is working there now): a previous build set aside but never replaced comes back, and
 * every other work folder goes.
 */
export function cleanUp(parent: string, log: (line: string) => void): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent).sort()) {
    const match = WORK_FOLDER.exec(name);
    if (!match) continue;
    const [, version, kind] = match;
    const path = join(parent, name);
    const target = join(parent, version!);
    if (kind === 'old' && !existsSync(target)) {
      at(target, () => renameSync(path, target));
      log(`คืนเอกสารชุดก่อนหน้าที่การสร้างซึ่งหยุดกลางทางย้ายออกไป — restored ${target}, set aside by a build that was stopped`);
    } else {
      at(path, () => rmSync(path, { recursive: true, force: true }));
    }
  }
}

/**
 * Publishes one build as a whole. Every file (the new ones, the files of this version that were not
 * rebuilt this time, the manifest and SHA256SUMS) is written into a temporary folder beside the
 * version folder, which then takes its place by two renames: the old folder is set aside and the new
 * one renamed in. Readers see the old build or the new one, never a mix; a build stopped between
 * the two renames leaves the old folder set aside, and the next build puts it back. A lock keeps two
 * builds into one output folder from overlapping. A write error names its path and leaves the
 * previous build as it was.
 */
export function publish(plan: Plan, documentDate: Date, files: RenderedFile[], root = 'out', log: (line: string) => void = () => undefined): { dir: string; manifest: Manifest } {
  const dir = outputDir(plan, root);
  const parent = dirname(dir);
  const release = lockOutput(root, log);
  stepDone();
  try {
    cleanUp(parent, log);
    const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const stage = join(parent, `.${basename(dir)}.tmp-${tag}`);
    let manifest: Manifest;
    try {
      at(stage, () => mkdirSync(stage, { recursive: true }));
      manifest = writeStage(plan, documentDate, files, dir, stage);
    } catch (e) {
      rmSync(stage, { recursive: true, force: true });
      throw e;
    }
    let old: string | undefined;
    if (existsSync(dir)) {
      old = join(parent, `.${basename(dir)}.old-${tag}`);
      at(dir, () => renameSync(dir, old!));
      stepDone();
    }
    at(dir, () => renameSync(stage, dir));
    flushFolder(parent);
    stepDone();
    if (old) {
      rmSync(old, { recursive: true, force: true });
      stepDone();
    }
    return { dir, manifest };
  } finally {
    release();
  }
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
  flushFolder(stage);
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
