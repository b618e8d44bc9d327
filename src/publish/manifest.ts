import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../model/plan.js';
import { FONT_DIR, PACKAGE_ROOT, TEMPLATE_DIR } from '../paths.js';
import { libthaiVersion } from '../thai/libthai.js';
import { sha256, sha256File } from './hashing.js';

export interface OutputEntry {
  file: string;
  sha256: string;
  bytes: number;
  /** Pages as laid out by our PDF writer; null for DOCX (Word lays it out on the reader's machine). */
  pages: number | null;
}

export interface Manifest {
  plan: string;
  version: string;
  revision: { number: number; date: string };
  title: string;
  organisation: string;
  /** The creation date written into every output. */
  documentDate: string;
  files: OutputEntry[];
  inputs: {
    data: Array<{ file: string; sha256: string }>;
    templates: Array<{ file: string; sha256: string }>;
    fonts: Array<{ file: string; sha256: string }>;
  };
  tools: Record<string, string>;
}

/**
 * The version of the package `name` as `from` (a module path) would load it. Read from its
 * package.json found along node's search paths: several packages (docx, fontkit, linebreak) do not
 * export their package.json, so requiring it fails.
 */
function packageVersion(name: string, from: string = fileURLToPath(import.meta.url)): string {
  for (const dir of createRequire(from).resolve.paths(name) ?? []) {
    const manifest = join(dir, name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** Versions of everything that shapes the bytes of an output. */
export function toolVersions(): Record<string, string> {
  const self = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  // pdfkit, fontkit and linebreak as pdfmake itself loads them.
  const pdfmake = createRequire(import.meta.url).resolve('pdfmake');
  const pdfkit = createRequire(pdfmake).resolve('pdfkit');
  return {
    [self.name]: self.version,
    node: process.version,
    // Node's zlib compresses the PDFs' streams and the DOCX's parts: another zlib, other bytes.
    zlib: process.versions.zlib ?? 'unknown',
    icu: process.versions.icu ?? 'unknown',
    // The system's libthai and its dictionary decide, with ICU, where Thai lines may end.
    libthai: libthaiVersion(),
    pdfmake: packageVersion('pdfmake'),
    pdfkit: packageVersion('pdfkit', pdfmake),
    fontkit: packageVersion('fontkit', pdfkit),
    linebreak: packageVersion('linebreak', pdfmake),
    docx: packageVersion('docx'),
    fflate: packageVersion('fflate'),
    handlebars: packageVersion('handlebars'),
    bahttext: packageVersion('bahttext'),
    yaml: packageVersion('yaml'),
    zod: packageVersion('zod'),
  };
}

/** Paths with forward slashes, relative to `base`: the same on every machine and from every working folder. */
const hashed = (base: string, files: string[]) => files.map((f) => ({ file: relative(base, f).split(sep).join('/'), sha256: sha256File(f) }));
const filesIn = (dir: string, pattern: RegExp) => readdirSync(dir).filter((n) => pattern.test(n)).sort().map((n) => join(dir, n));

/**
 * The manifest of one build. Data files (and emblems) are named relative to the plan folder,
 * templates and fonts relative to the program's folder: building one plan folder from anywhere, under
 * any path, gives the same manifest and so the same SHA256SUMS.
 */
export function buildManifest(plan: Plan, documentDate: Date, files: OutputEntry[]): Manifest {
  const emblems = [...new Set([plan.order.emblemPath, plan.announcement.emblemPath].filter((p): p is string => !!p))];
  // A plan folder may override a template with its own templates/<name>.hbs: that one is plan data.
  const templates = filesIn(TEMPLATE_DIR, /\.hbs$/);
  const own = templates.map((t) => join(plan.folder, 'templates', basename(t))).filter((t) => existsSync(t));
  const builtIn = templates.filter((t) => !own.some((o) => basename(o) === basename(t)));
  return {
    plan: plan.id,
    version: plan.version,
    revision: { number: plan.revision.number, date: `${plan.revision.date.year}-${String(plan.revision.date.month).padStart(2, '0')}${plan.revision.date.day ? `-${String(plan.revision.date.day).padStart(2, '0')}` : ''}` },
    title: plan.title,
    organisation: plan.organisation.name,
    documentDate: documentDate.toISOString(),
    files: [...files].sort((a, b) => (a.file < b.file ? -1 : 1)),
    inputs: {
      data: hashed(plan.folder, [...plan.sourceFiles, ...emblems, ...own]).sort((a, b) => (a.file < b.file ? -1 : 1)),
      templates: hashed(PACKAGE_ROOT, builtIn),
      fonts: hashed(PACKAGE_ROOT, filesIn(FONT_DIR, /\.(ttf|txt)$/)),
    },
    tools: toolVersions(),
  };
}

/** The `sha256sum -c` format: "<hash>  <file>" per line. */
export function sha256Sums(entries: Array<{ file: string; bytes: Buffer | string }>): string {
  return entries
    .map((e) => `${sha256(e.bytes)}  ${e.file}`)
    .sort((a, b) => a.slice(66).localeCompare(b.slice(66)))
    .join('\n')
    .concat('\n');
}
