import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { exchangeFolders } from './exchangeFolders.js';
import { stepDone } from './killPoints.js';
import { lockOutput } from './lock.js';
import { describeWriteError } from './writeErrors.js';

/** Folders a publish works in beside its target folder: `.<name>.tmp-<pid>-<hex>` and `.<name>.old-<pid>-<hex>`. */
const WORK_FOLDER = /^\.(.+)\.(tmp|old)-\d+-[0-9a-f]+$/;

/** Runs one file operation; a failure names the path it failed on. */
export function at<T>(path: string, operation: () => T): T {
  try {
    return operation();
  } catch (e) {
    throw describeWriteError(e, path);
  }
}

/** Writes and flushes a new file: once renamed into place, a power cut does not leave it half written. */
export function writeDurable(path: string, bytes: Buffer | string): void {
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

export function flushFolder(path: string): void {
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
 * Puts right what a publish stopped half way left beside the folders of `parent` (called under the
 * lock, so nobody is working there now): a previous folder set aside but never replaced comes back,
 * and every other work folder goes.
 */
export function cleanUp(parent: string, log: (line: string) => void): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent).sort()) {
    const match = WORK_FOLDER.exec(name);
    if (!match) continue;
    const [, target, kind] = match;
    const path = join(parent, name);
    const targetPath = join(parent, target!);
    if (kind === 'old' && !existsSync(targetPath)) {
      at(targetPath, () => renameSync(path, targetPath));
      log(`คืนเอกสารชุดก่อนหน้าที่การสร้างซึ่งหยุดกลางทางย้ายออกไป — restored ${targetPath}, set aside by a build that was stopped`);
    } else {
      at(path, () => rmSync(path, { recursive: true, force: true }));
    }
  }
}

/**
 * Replaces the folder `dir` as a whole. `fill` writes every file into a temporary folder beside it,
 * which then takes its place: on Linux the two folders' names are exchanged in one step
 * (exchangeFolders.ts), so `dir` always holds the old set or the new one. Elsewhere it takes two
 * renames (the old folder set aside, the new one renamed in); a publish stopped between them leaves
 * the old folder set aside, and the next publish puts it back. A lock on `root` keeps two
 * publishes into one output folder from overlapping. A write error names its path and leaves the
 * previous folder as it was.
 */
export function replaceFolder<T>(dir: string, root: string, log: (line: string) => void, fill: (stage: string) => T): T {
  const parent = dirname(dir);
  const release = lockOutput(root, log);
  stepDone();
  try {
    cleanUp(parent, log);
    const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const stage = join(parent, `.${basename(dir)}.tmp-${tag}`);
    let result: T;
    try {
      at(stage, () => mkdirSync(stage, { recursive: true }));
      result = fill(stage);
      flushFolder(stage);
    } catch (e) {
      rmSync(stage, { recursive: true, force: true });
      throw e;
    }
    // Where the previous folder goes to be removed: the stage's own name after an exchange.
    let old: string | undefined;
    if (existsSync(dir) && exchangeFolders(stage, dir)) {
      old = stage;
    } else if (existsSync(dir)) {
      old = join(parent, `.${basename(dir)}.old-${tag}`);
      at(dir, () => renameSync(dir, old!));
      stepDone();
      at(dir, () => renameSync(stage, dir));
    } else {
      at(dir, () => renameSync(stage, dir));
    }
    flushFolder(parent);
    stepDone();
    if (old) {
      rmSync(old, { recursive: true, force: true });
      stepDone();
    }
    return result;
  } finally {
    release();
  }
}
