import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function requireTool(command: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${command} is not installed: run \`npm test\`, which installs what the tests need (scripts/provision.mjs)`);
  }
}

export function writeTemp(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ita-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** The text layer as poppler reads it, page by page. */
export function pdfPages(path: string, ...options: string[]): string[] {
  requireTool('pdftotext');
  return execFileSync('pdftotext', [...options, '-enc', 'UTF-8', path, '-'], { maxBuffer: 1 << 28 }).toString().split('\f').slice(0, -1);
}

/** Every page as poppler rasterises it (grey, 50 dpi), in page order. */
export function pageImages(pdf: Buffer): Buffer[] {
  requireTool('pdftoppm');
  const path = writeTemp('doc.pdf', pdf);
  execFileSync('pdftoppm', ['-r', '50', '-gray', path, join(dirname(path), 'page')]);
  return readdirSync(dirname(path))
    .filter((f) => f.startsWith('page'))
    .sort()
    .map((f) => readFileSync(join(dirname(path), f)));
}
