#!/usr/bin/env node
// node scripts/run.mjs <build|check|bench|schema> [args…]
// Compiles the TypeScript entry point with esbuild and runs it in this process. Running through tsx
// costs a second and ~70 MB more per build, which `npm run bench` measures. The compiled file is
// kept in node_modules/.cache with the size and modification time of every source it was compiled
// from, and compiled again only when one of them changed (≈0.2 s saved per run).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!/^[a-z]+$/.test(name ?? '')) {
  process.stderr.write('usage: node scripts/run.mjs <build|check|bench|schema> [args…]\n');
  process.exit(2);
}
const outfile = join('node_modules', '.cache', 'ita-plan', `${name}.mjs`);
const stampFile = `${outfile}.inputs.json`;

/** Size and modification time of a file, or null when it is gone. */
function fingerprint(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

function writeFileAtomic(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function upToDate() {
  if (!existsSync(outfile) || !existsSync(stampFile)) return false;
  try {
    const inputs = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Object.entries(inputs).every(([path, print]) => fingerprint(path) === print);
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const { buildSync } = await import('esbuild');
  const { metafile, outputFiles } = buildSync({
    entryPoints: [join('scripts', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  // Written under a temporary name and renamed: a build started meanwhile never runs half a file.
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileAtomic(outfile, outputFiles[0].contents);
  // This file's own options and the lock file (package versions) decide the output too.
  const inputs = [...Object.keys(metafile.inputs), fileURLToPath(import.meta.url), 'package-lock.json'];
  writeFileAtomic(stampFile, JSON.stringify(Object.fromEntries(inputs.map((path) => [path, fingerprint(path)]))));
}
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
