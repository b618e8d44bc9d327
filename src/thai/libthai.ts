/**
 * libthai's word breaker (Debian package libthai0, the dictionary LibreOffice and GTK break Thai with),
 * called through koffi. It is the second witness beside ICU: a Thai line may end only where both see
 * a word boundary (see lineBreak.ts).
 *
 * The library is loaded on first use, not at import: commands that lay out no Thai (check, schema)
 * never need it. A missing libthai is an error, never a silent fallback: the line breaks, and so the
 * bytes of every PDF, would change with the machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';

const SONAME = 'libthai.so.0';

export const MISSING_LIBTHAI =
  `ไม่พบไลบรารีตัดคำภาษาไทย ${SONAME} (แพ็กเกจ libthai0) ซึ่งใช้ตัดบรรทัดข้อความไทย ติดตั้งด้วย: sudo apt-get install libthai0 — ` +
  `libthai (${SONAME}, Debian package libthai0) is missing; the Thai line breaker needs it: sudo apt-get install libthai0`;

interface Binding {
  /** Code-point offsets where libthai breaks a 0-terminated code-point array of `length` letters. */
  findBreaks(codePoints: Uint32Array, out: Int32Array): number;
}

let binding: Binding | undefined;

function load(): Binding {
  // Not bundled (koffi loads a native module): resolved at run time from node_modules.
  const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
  let lib: import('koffi').LibraryHandle;
  try {
    lib = koffi.load(SONAME);
  } catch {
    throw new Error(MISSING_LIBTHAI);
  }
  const thBrkNew = lib.func('void *th_brk_new(const char *dictpath)');
  // wchar_t is 32 bits on Linux: the text goes in as code points.
  const findBreaks = lib.func('int th_brk_wc_find_breaks(void *brk, const uint32_t *s, _Out_ int *pos, size_t n)');
  // NULL: libthai's own dictionary (libthai-data), found where the package put it.
  const brk = thBrkNew(null) as unknown;
  if (!brk) throw new Error(`${MISSING_LIBTHAI} (th_brk_new: no dictionary; apt-get install libthai-data)`);
  return { findBreaks: (codePoints, out) => findBreaks(brk, codePoints, out, out.length) as number };
}

/** Reused between calls (a build asks a few thousand times): grown when a longer run comes. */
let input = new Uint32Array(256);
let output = new Int32Array(256);
/** UTF-16 index of each code point of the current run (filled only when a run has letters outside the BMP). */
let unitIndex: number[] = [];

/**
 * Break positions (UTF-16 indices, strictly inside) libthai finds in `text`, judged on the text as a
 * whole: the same letters break differently in other company (ตาม|ระเบียบ but ตามระเบียบการ…).
 */
export function libthaiBreaks(text: string): number[] {
  binding ??= load();
  if (input.length <= text.length) {
    input = new Uint32Array(text.length * 2 + 1);
    output = new Int32Array(text.length * 2 + 1);
  }
  let length = 0;
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) {
      if (!astral) unitIndex = Array.from({ length }, (_, k) => k);
      astral = true;
    }
    if (astral) unitIndex[length] = i;
    input[length++] = code;
    if (code > 0xffff) i++;
  }
  input[length] = 0; // libthai reads up to the terminating 0
  unitIndex[length] = text.length;
  const count = binding.findBreaks(input, output);
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(astral ? unitIndex[output[k]!]! : output[k]!);
  return out;
}

/**
 * Which libthai broke the lines, for the build manifest: the Debian packages' versions (library and
 * dictionary) when dpkg knows them, else the shared object's real file name.
 */
export function libthaiVersion(): string {
  binding ??= load();
  const mapped = readFileSync('/proc/self/maps', 'utf8').split('\n').find((l) => l.includes('/libthai.so'));
  const file = mapped ? basename(mapped.slice(mapped.indexOf('/'))) : SONAME;
  try {
    const packages = execFileSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\\n', 'libthai0', 'libthai-data'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return `${packages.trim().split('\n').join(', ')} (${file})`;
  } catch {
    return file;
  }
}
