#!/usr/bin/env -S npx tsx
// npm run bench [-- --runs N] (each build runs as `npm run build` does: node scripts/run.mjs build): median wall time and peak memory of building each output and all
// six together, and of LibreOffice converting our plan DOCX to PDF (when LibreOffice is installed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENTS, FORMATS } from '../src/publish/documents.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, data: { type: 'string', default: 'data/phitsanulok-2566-2570' } } });
const runs = Math.max(1, Number(values.runs));

/** Runs a command under python's resource module: wall seconds and the peak RSS of all its descendants. */
function measure(command: string[]): { seconds: number; peakMb: number } {
  const wrapper = [
    'import json, resource, subprocess, sys, time',
    't = time.perf_counter()',
    'r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)',
    'dt = time.perf_counter() - t',
    'sys.stderr.write(r.stderr.decode()[-2000:]) if r.returncode else None',
    'print(json.dumps({"seconds": dt, "kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "code": r.returncode}))',
  ].join('\n');
  const out = JSON.parse(execFileSync('python3', ['-c', wrapper, ...command], { encoding: 'utf8' })) as { seconds: number; kb: number; code: number };
  if (out.code !== 0) throw new Error(`${command.join(' ')} exited ${out.code}`);
  return { seconds: out.seconds, peakMb: out.kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function bench(label: string, command: () => string[]): { label: string; seconds: number; peakMb: number } {
  const samples = Array.from({ length: runs }, () => measure(command()));
  const result = { label, seconds: median(samples.map((s) => s.seconds)), peakMb: median(samples.map((s) => s.peakMb)) };
  console.log(`${label.padEnd(34)} ${result.seconds.toFixed(2).padStart(7)} s ${result.peakMb.toFixed(0).padStart(6)} MB`);
  return result;
}

const run = ['node', join('scripts', 'run.mjs')];
const build = (args: string[]) => () => [...run, 'build', '--data', values.data!, '--out', mkdtempSync(join(tmpdir(), 'bench-')), ...args];

console.log(`median of ${runs} run(s), each a fresh process (node start-up included); 2-core machine\n`);
console.log(`${'output'.padEnd(34)} ${'time'.padStart(9)} ${'peak'.padStart(9)}`);
for (const document of Object.keys(DOCUMENTS)) {
  for (const format of FORMATS) bench(`${document}.${format}`, build(['--only', document, '--format', format]));
}
const all = bench('all six outputs (one build)', build([]));

const soffice = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
if (!soffice) {
  console.log('\nLibreOffice is not installed: no comparison (apt-get install libreoffice-writer-nogui).');
} else {
  const out = mkdtempSync(join(tmpdir(), 'bench-lo-'));
  execFileSync(run[0]!, [run[1]!, 'build', '--data', values.data!, '--only', 'plan', '--format', 'docx', '--out', out]);
  const docx = execFileSync('find', [out, '-name', '*_plan.docx'], { encoding: 'utf8' }).trim();
  const profile = `file://${mkdtempSync(join(tmpdir(), 'bench-lo-profile-'))}`;
  const convert = () => [soffice, `-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', mkdtempSync(join(tmpdir(), 'bench-lo-out-')), docx];
  measure(convert()); // first start creates the LibreOffice profile; not counted
  const lo = bench('LibreOffice: plan.docx → pdf', convert);
  console.log(`\nall six outputs / LibreOffice converting one DOCX: time ${(all.seconds / lo.seconds).toFixed(2)}×, peak memory ${(all.peakMb / lo.peakMb).toFixed(2)}×`);
  console.log(all.seconds < lo.seconds && all.peakMb < lo.peakMb ? 'target met: faster and smaller than LibreOffice' : 'target NOT met');
}
for (const d of readdirSync(tmpdir()).filter((n) => n.startsWith('bench-'))) rmSync(join(tmpdir(), d), { recursive: true, force: true });
