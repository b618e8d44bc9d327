/**
 * Swaps two folders' names in one step: Linux's renameat2(RENAME_EXCHANGE), called through koffi
 * (node has no binding for it). With it, a version folder is the old build or the new one at every
 * instant, with no moment in between when it is missing. Where the call is not there (another
 * system, a file system without it), it answers false and the caller falls back to two renames.
 */
import { createRequire } from 'node:module';

const AT_FDCWD = -100;
const RENAME_EXCHANGE = 2;

type Exchange = (from: string, to: string) => boolean;
let exchange: Exchange | null | undefined;

function load(): Exchange | null {
  if (process.platform !== 'linux') return null;
  try {
    // Not bundled (koffi loads a native module): resolved at run time from node_modules.
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const renameat2 = koffi.load('libc.so.6').func('int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)');
    return (from, to) => renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE) === 0;
  } catch {
    return null;
  }
}

/** Exchanges the names of two existing folders atomically; false when this system cannot (nothing changed then). */
export function exchangeFolders(a: string, b: string): boolean {
  if (exchange === undefined) exchange = load();
  return exchange ? exchange(a, b) : false;
}
