#!/usr/bin/env node
// node scripts/run.mjs <build|check|bench|schema> [args…]
// Compiles the TypeScript entry point with esbuild (≈0.2 s) and runs it in this process. Running
// through tsx costs a second and ~70 MB more per build, which `npm run bench` measures.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [name, ...args] = process.argv.slice(2);
if (!/^[a-z]+$/.test(name ?? '')) {
  process.stderr.write('usage: node scripts/run.mjs <build|check|bench|schema> [args…]\n');
  process.exit(2);
}
const outfile = join('node_modules', '.cache', 'ita-plan', `${name}.mjs`);
buildSync({
  entryPoints: [join('scripts', `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
