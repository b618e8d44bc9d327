import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

export interface Asset {
  type: string;
  bytes: Buffer;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const typeOf = (name: string) => TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';

/**
 * The page's script and style sheet, bundled when the server starts: the browser code imports the
 * model's zod schemas and messages, so the page checks with the very rules the command line uses.
 * The style sheet imports @fontsource/sarabun's CSS, whose woff2 files come along under their names.
 * esbuild is loaded at run time, not bundled into the program that runs it.
 */
export async function buildAssets(): Promise<Map<string, Asset>> {
  const esbuild = createRequire(join(PACKAGE_ROOT, 'package.json'))('esbuild') as typeof import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: { app: 'src/edit/browser/main.ts', style: 'src/edit/browser/style.css' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'assets',
    assetNames: '[name]',
    loader: { '.woff2': 'file', '.woff': 'file' },
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    assets.set(`/assets/${name}`, { type: typeOf(name), bytes: Buffer.from(file.contents) });
  }
  // pdf.js draws the preview; its worker must be a file of its own.
  for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
    const path = createRequire(join(PACKAGE_ROOT, 'package.json')).resolve(`pdfjs-dist/build/${name}`);
    assets.set(`/assets/${name}`, { type: typeOf(name), bytes: readFileSync(path) });
  }
  return assets;
}
