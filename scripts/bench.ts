// npm run bench [-- --runs N] [--data DIR]
// Median wall time and peak memory of building each output, and all six together, each in a fresh
// process started as `npm run build` starts it; then LibreOffice converting our plan DOCX to PDF
// (when it is installed), with the ratios; the whole build and LibreOffice take turns run by run.
// Peak memory is the largest resident set any process of the command reached (python's getrusage of
// the children): our node process, LibreOffice's soffice.bin.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { $, glob, minimist, which } from 'zx';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { DOCUMENT_FORMATS, DOCUMENTS, FORMATS } from '../src/publish/documents.js';

const argv = minimist(process.argv.slice(2), { string: ['data'], default: { runs: 3, data: DEFAULT_PLAN } });
const runs = Math.max(1, Number(argv.runs));
$.quiet = true;

const MEASURE = `
import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
dt = time.perf_counter() - t
if r.returncode: sys.stderr.write(r.stderr.decode()[-2000:])
print(json.dumps({"seconds": dt, "kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "code": r.returncode}))
`;

async function measure(command: string[]): Promise<{ seconds: number; peakMb: number }> {
  const out = JSON.parse((await $`python3 -c ${MEASURE} ${command}`).stdout) as { seconds: number; kb: number; code: number };
  if (out.code !== 0) throw new Error(`${command.join(' ')} exited ${out.code}`);
  return { seconds: out.seconds, peakMb: out.kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const scratch = (name: string) => mkdtempSync(join(tmpdir(), `bench-${name}-`));

function report(label: string, samples: Array<{ seconds: number; peakMb: number }>) {
  const result = { seconds: median(samples.map((s) => s.seconds)), peakMb: median(samples.map((s) => s.peakMb)) };
  console.log(`${label.padEnd(34)} ${result.seconds.toFixed(2).padStart(7)} s ${result.peakMb.toFixed(0).padStart(6)} MB`);
  return result;
}

async function bench(label: string, command: () => string[]) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(command()));
  return report(label, samples);
}

// The command line `npm run build` runs (package.json), node's options included.
const BUILD_COMMAND = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build.split(/\s+/);
const build = (...args: string[]) => () => [...BUILD_COMMAND, '--data', argv.data, '--out', scratch('out'), ...args];

async function main() {
  console.log(`median of ${runs} run(s), each a fresh process (node start-up included); ${(await $`nproc`).stdout.trim()} cores\n`);
  console.log(`${'output'.padEnd(34)} ${'time'.padStart(9)} ${'peak'.padStart(9)}`);
  await measure(build()()); // the first build after a change makes the bundle and its code cache: not counted
  for (const document of Object.keys(DOCUMENTS) as Array<keyof typeof DOCUMENTS>) {
    for (const format of DOCUMENT_FORMATS[document] ?? FORMATS) await bench(`${document}.${format}`, build('--only', document, '--format', format));
  }

  const soffice = await which('soffice', { nothrow: true });
  let convert: (() => string[]) | undefined;
  if (soffice) {
    const out = scratch('docx');
    await $`${[...BUILD_COMMAND, '--data', argv.data, '--only', 'plan', '--format', 'docx', '--out', out]}`;
    const [docx] = await glob(`${out}/**/*_plan.docx`);
    const profile = `-env:UserInstallation=file://${scratch('lo-profile')}`;
    convert = () => [soffice, profile, '--headless', '--convert-to', 'pdf', '--outdir', scratch('lo-out'), docx!];
    await measure(convert()); // the first start creates LibreOffice's profile: not counted
  }
  // The whole build and LibreOffice take turns, so a machine that speeds up or slows down meanwhile
  // (a shared virtual machine does) weighs on both alike.
  const allSamples = [];
  const loSamples = [];
  for (let i = 0; i < runs; i++) {
    allSamples.push(await measure(build()()));
    if (convert) loSamples.push(await measure(convert()));
  }
  const all = report('all six outputs (one build)', allSamples);
  if (!convert) {
    console.log('\nLibreOffice is not installed: no comparison (apt-get install libreoffice-writer-nogui).');
  } else {
    const lo = report('LibreOffice: plan.docx → pdf', loSamples);
    console.log(`\nall six outputs / LibreOffice converting one DOCX: time ${(all.seconds / lo.seconds).toFixed(2)}×, peak memory ${(all.peakMb / lo.peakMb).toFixed(2)}×`);
    console.log(all.seconds < lo.seconds && all.peakMb < lo.peakMb ? 'target met: faster and smaller than LibreOffice' : 'target not met (see README, "ความเร็ว / Speed")');
  }
  await $`rm -rf ${tmpdir()}/bench-*`.nothrow();
}

void runCli(main);
