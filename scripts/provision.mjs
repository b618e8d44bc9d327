#!/usr/bin/env node
// node scripts/provision.mjs <build|test>
// Makes sure the Debian packages a command needs are installed, so that the README's two commands
// are all the set-up a fresh Debian machine needs. npm runs it before `npm run build` (prebuild) and
// `npm test` (pretest). What is missing is installed with apt-get when we are root or may use sudo
// without a password; otherwise it prints the one command to run and fails.
//   build: libthai0 (the second Thai word breaker beside ICU; the line breaks of every PDF depend on it)
//   test:  that, and poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages, pdftoppm read the PDFs back),
//          qpdf (PDF structure), LibreOffice Writer (converts the DOCX to compare it with the PDF) and
//          Calc (saves the budget workbook as a clerk's copy would be), Chromium (the editing page's browser test)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const purpose = process.argv[2];
if (purpose !== 'build' && purpose !== 'test') {
  process.stderr.write('usage: node scripts/provision.mjs <build|test>\n');
  process.exit(2);
}

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

/** libthai as the build loads it: the shared object and its dictionary (th_brk_new fails without it). */
function libthaiLoads() {
  let koffi;
  try {
    koffi = createRequire(import.meta.url)('koffi');
  } catch {
    // Before `npm ci`: judge by the file alone.
    return ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/lib'].some((d) => existsSync(join(d, 'libthai.so.0')));
  }
  try {
    const lib = koffi.load('libthai.so.0');
    return Boolean(lib.func('void *th_brk_new(const char *dictpath)')(null));
  } catch {
    return false;
  }
}

/** [Debian package, is it there?] */
const needs = [['libthai0', libthaiLoads]];
if (purpose === 'test') {
  needs.push(
    ['poppler-utils', () => ['pdftotext', 'pdfinfo', 'pdffonts', 'pdfimages', 'pdftoppm'].every(onPath)],
    ['qpdf', () => onPath('qpdf')],
    ['libreoffice-writer-nogui', () => onPath('soffice')],
    // Calc too: the budget workbook tests have LibreOffice save an XLSX as a clerk's copy would be.
    ['libreoffice-calc-nogui', () => existsSync('/usr/lib/libreoffice/program/libsclo.so')],
    // The editing page's end-to-end test drives Debian's Chromium (tests/edit/browser.ts).
    ['chromium', () => existsSync('/usr/bin/chromium')],
  );
}
const missing = needs.filter(([, present]) => !present()).map(([name]) => name);
if (missing.length === 0) process.exit(0);

const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
const asRoot = process.getuid?.() === 0;
const sudo = !asRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const aptGet = onPath('apt-get');
if (!aptGet || (!asRoot && !sudo)) {
  process.stderr.write(
    `ต้องติดตั้งแพ็กเกจ ${missing.join(' ')} ก่อน (npm run ${purpose}) ให้สั่ง:\n` +
      `The ${purpose === 'build' ? 'build needs' : 'tests need'} ${missing.join(', ')}; run:\n\n` +
      `  sudo apt-get update && sudo ${install.join(' ')}\n\n` +
      (aptGet ? '' : 'apt-get was not found: on another system, install the same libraries and tools by its own package manager.\n'),
  );
  process.exit(1);
}

process.stderr.write(`กำลังติดตั้ง — installing: ${missing.join(' ')}\n`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => {
  // sudo resets the environment: the non-interactive front end is passed on the command line.
  const [program, ...rest] = sudo ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args] : args;
  const r = spawnSync(program, rest, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (r.status !== 0) {
    process.stderr.write(`ติดตั้งไม่สำเร็จ — failed: ${args.join(' ')} (exit ${r.status ?? r.signal})\n`);
    process.exit(1);
  }
};
run(['apt-get', 'update', '-qq']);
run([...install, '-qq']);
const still = needs.filter(([, present]) => !present()).map(([name]) => name);
if (still.length > 0) {
  process.stderr.write(`ยังไม่พบ — still missing after installing: ${still.join(' ')}\n`);
  process.exit(1);
}
