import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The shared measurement tools the issues are judged by (beside the repository, as in CI). */
export const SHARED_TOOLS = '../shared/tools';

export function requireTool(command: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${command} is not installed: apt-get install poppler-utils qpdf libreoffice-writer-nogui (see .ci/run)`);
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

export function sharedTool(args: string[]): unknown {
  if (!existsSync(SHARED_TOOLS)) throw new Error(`${SHARED_TOOLS} is missing: the tests need ../shared beside the repository`);
  const [tool, ...rest] = args;
  const out = tool!.endsWith('.py')
    ? execFileSync('python3', [join(SHARED_TOOLS, tool!), ...rest], { maxBuffer: 1 << 26 })
    : execFileSync('node', [join(SHARED_TOOLS, tool!), ...rest], { maxBuffer: 1 << 26 });
  return JSON.parse(out.toString());
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
