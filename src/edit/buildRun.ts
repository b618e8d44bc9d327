import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * Runs the normal build (`node scripts/run.mjs build`, what `npm run build` runs) as a child process
 * and hands each line it prints to `line` as it comes: the clerk watches the same progress as in a
 * terminal, and the editor stays responsive while the 200-page plan is made.
 */
export function runBuild(dataDir: string, outDir: string, line: (text: string) => void): Promise<number> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', join(PACKAGE_ROOT, 'scripts', 'run.mjs'), 'build', '--data', dataDir, '--out', outDir], {
    cwd: PACKAGE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const l of lines) line(l);
    });
    stream.on('end', () => rest && line(rest));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/** The built files under the output folder (newest first), as paths relative to it. */
export function builtFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const found: Array<{ path: string; time: number }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else if (/\.(pdf|docx)$/.test(name)) found.push({ path: relative(outDir, full), time: s.mtimeMs });
    }
  };
  walk(outDir);
  // Newest build first; within it the plan, then the order, then the announcement, PDF before DOCX.
  const rank = (p: string) => ['_plan.pdf', '_plan.docx', '_order.pdf', '_order.docx', '_announcement.pdf', '_announcement.docx'].findIndex((end) => p.endsWith(end));
  return found.sort((a, b) => Math.round(b.time / 1000) - Math.round(a.time / 1000) || rank(a.path) - rank(b.path) || a.path.localeCompare(b.path)).map((f) => f.path);
}
