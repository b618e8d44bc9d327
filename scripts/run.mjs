#!/usr/bin/env node
// node scripts/run.mjs <build|check|bench|schema|report> [args…]
// Runs a TypeScript entry point as one esbuild bundle (our code and its packages), with V8's code
// cache. Start-up is most of what a short command costs: tsx takes a second and ~70 MB more per
// build, and even plain node spends ≈0.3 s finding, reading and compiling some 200 package files.
// Both the bundle and the code cache live in node_modules/.cache/ita-plan and are made again when
// what they were made from changes; neither changes what a command does or writes (the tests build
// the documents through this file and through the library and compare the bytes).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const [name, ...args] = process.argv.slice(2);
if (!/^[a-z]+$/.test(name ?? '')) {
  process.stderr.write('usage: node scripts/run.mjs <build|check|bench|schema|report> [args…]\n');
  process.exit(2);
}
const cacheDir = resolve('node_modules', '.cache', 'ita-plan');
const bundleFile = resolve(cacheDir, `${name}.cjs`);
const stampFile = `${bundleFile}.inputs.json`;

/** Size and modification time of a file, or null when it is gone. */
function fingerprint(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Written under a temporary name and renamed: a command started meanwhile never reads half a file. */
function writeFileAtomic(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function upToDate() {
  if (!existsSync(bundleFile) || !existsSync(stampFile)) return false;
  try {
    const inputs = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Object.entries(inputs).every(([path, print]) => fingerprint(path) === print);
  } catch {
    return false;
  }
}

/**
 * A bundled package file that reads its own data files (pdfkit's colour profile and font metrics)
 * finds them through __dirname. In the bundle that would be the cache folder, so such a file gets
 * its own __dirname back, relative to the bundle: it holds wherever the repository is moved.
 */
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.c?js$/ }, (file) => {
      const contents = readFileSync(file.path, 'utf8');
      if (!contents.includes('__dirname')) return undefined;
      const fromBundle = relative(dirname(bundleFile), dirname(file.path)).split(sep).join('/');
      return { contents: `var __dirname = require("path").join(__bundleDirname, ${JSON.stringify(fromBundle)});\n${contents}`, loader: 'js' };
    });
  },
};

async function bundle() {
  const { build } = await import('esbuild');
  const { metafile, outputFiles } = await build({
    entryPoints: [join('scripts', `${name}.ts`)],
    outfile: bundleFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    // The code is ES modules; as one CommonJS script it can be compiled with a code cache.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: 'var __bundleDirname = __dirname, __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
    plugins: [ownDirname],
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  // The first line names the bundle by a hash of the rest, which names its code cache (see compile).
  const code = outputFiles[0].text;
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomic(bundleFile, `// ${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n${code}`);
  // This file's own options and the lock file (package versions) decide the output too.
  const inputs = [...Object.keys(metafile.inputs), fileURLToPath(import.meta.url), 'package-lock.json'];
  writeFileAtomic(stampFile, JSON.stringify(Object.fromEntries(inputs.map((path) => [path, fingerprint(path)]))));
}

if (!upToDate()) await bundle();

/**
 * Compiles the bundle with its code cache, made from the very same source: V8 checks a cache against
 * its own version and flags, but against the source only by its length, so the cache is named after
 * the hash on the bundle's first line (the bundle and its name are one file, written at once).
 * Without a usable cache, one is written when the command succeeds: made after the whole run, it
 * holds every function the command compiled, not only those compiled at load.
 */
function compile() {
  const source = readFileSync(bundleFile, 'utf8');
  const cacheFile = `${bundleFile}.${source.slice(3, source.indexOf('\n'))}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet, or another command is replacing it: compile without
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: bundleFile,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', (code) => {
      if (code !== 0) return;
      try {
        writeFileAtomic(cacheFile, script.createCachedData());
        // Caches of earlier bundles are of no more use.
        for (const stale of readdirSync(cacheDir)) {
          if (stale.startsWith(`${name}.cjs.`) && stale.endsWith('.v8cache') && join(cacheDir, stale) !== cacheFile) rmSync(join(cacheDir, stale), { force: true });
        }
      } catch {
        // The cache only saves time: a folder that cannot be written to costs nothing else.
      }
    });
  }
  return script.runInThisContext();
}

process.argv = [process.argv[0], bundleFile, ...args];
const module = { exports: {} };
compile()(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
