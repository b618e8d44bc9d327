import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describeWriteError } from './writeErrors.js';

/** The lock of an output folder: a folder (made or not in one step) holding its owner's process id. */
export const LOCK_NAME = '.ita-plan.lock';
const OWNER = 'owner.json';

interface Owner {
  pid: number;
  host: string;
}

/** How long a build waits for another one writing into the same folder before it gives up. */
const WAIT_MS = Number(process.env.ITA_PLAN_LOCK_WAIT_MS ?? 10 * 60_000);
const POLL_MS = 100;
/** A lock folder without its owner file is being claimed; after this long, nobody will. */
const UNCLAIMED_MS = 5_000;

function readOwner(lock: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(join(lock, OWNER), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

/** A lock left by a build that is no longer running (killed, or its machine restarted). */
function isStale(lock: string, owner: Owner | undefined): boolean {
  if (!owner) {
    // Made but never claimed (its build stopped in between): stale once it has been so for a while.
    try {
      return Date.now() - statSync(lock).mtimeMs > UNCLAIMED_MS;
    } catch {
      return false;
    }
  }
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Serialises builds into one output folder: the second waits (saying so) until the first has
 * published, or fails with a clear message after WAIT_MS. A lock whose owner is gone is taken over.
 * Returns the function that releases it.
 */
export function lockOutput(out: string, log: (line: string) => void): () => void {
  const lock = join(out, LOCK_NAME);
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw describeWriteError(e, out);
  }
  const started = Date.now();
  let told = false;
  for (;;) {
    let made = false;
    try {
      mkdirSync(lock);
      made = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw describeWriteError(e, lock);
    }
    if (made) {
      // Only the build that made the folder claims it; if it cannot (a full disk), it leaves none behind.
      try {
        writeFileSync(join(lock, OWNER), JSON.stringify({ pid: process.pid, host: hostname() } satisfies Owner));
        return () => rmSync(lock, { recursive: true, force: true });
      } catch (e) {
        rmSync(lock, { recursive: true, force: true });
        throw describeWriteError(e, join(lock, OWNER));
      }
    }
    const owner = readOwner(lock);
    if (isStale(lock, owner)) {
      log(`ล้างล็อกที่ค้างจากการสร้างที่หยุดไปแล้ว (pid ${owner?.pid ?? '?'}) — removing a stale lock left by a stopped build`);
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    const who = owner ? `pid ${owner.pid}` : 'another build';
    if (Date.now() - started > WAIT_MS) {
      throw new Error(
        `มีการสร้างเอกสารอื่น (${who}) กำลังเขียนลงโฟลเดอร์ ${out} อยู่ ลองใหม่เมื่อเสร็จ หรือลบ ${lock} ถ้าไม่มีการสร้างใดทำงานอยู่ — another build (${who}) is writing into ${out}; try again when it is done, or remove ${lock} if none is running`,
      );
    }
    if (!told) {
      log(`รอการสร้างเอกสารอื่น (${who}) ที่กำลังเขียนลง ${out} — waiting for another build writing into ${out}`);
      told = true;
    }
    sleep(POLL_MS);
  }
}
