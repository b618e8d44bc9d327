import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../model/plan.js';
import { writeFileAtomic } from './atomicWrite.js';
import { buildManifest, sha256Sums, type Manifest, type OutputEntry } from './manifest.js';
import { sha256 } from './hashing.js';

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';

export function outputDir(plan: Plan, root = 'out'): string {
  return join(root, plan.id, plan.version);
}

export interface RenderedFile {
  file: string;
  bytes: Buffer;
  pages: number | null;
}

/**
 * Writes the rendered files, then the manifest and SHA256SUMS, each atomically. Files of this
 * version that were not rebuilt this time stay, and stay listed (with the pages the last manifest
 * recorded). Called only once every document has rendered, so a failure leaves out/ as it was.
 */
export function publish(plan: Plan, documentDate: Date, files: RenderedFile[], root = 'out'): { dir: string; manifest: Manifest } {
  const dir = outputDir(plan, root);
  for (const f of files) writeFileAtomic(join(dir, f.file), f.bytes);

  const previous = readPreviousManifest(dir);
  const built = new Map(files.map((f) => [f.file, f]));
  const present = readdirSync(dir).filter((n) => /\.(pdf|docx)$/.test(n)).sort();
  const entries: OutputEntry[] = present.map((name) => {
    const bytes = built.get(name)?.bytes ?? readFileSync(join(dir, name));
    const pages = built.has(name) ? built.get(name)!.pages : previous?.files.find((e) => e.file === name)?.pages ?? null;
    return { file: name, sha256: sha256(bytes), bytes: bytes.length, pages };
  });
  const manifest = buildManifest(plan, documentDate, entries);
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileAtomic(join(dir, MANIFEST), manifestText);
  const sums = sha256Sums([
    ...present.map((name) => ({ file: name, bytes: built.get(name)?.bytes ?? readFileSync(join(dir, name)) })),
    { file: MANIFEST, bytes: manifestText },
  ]);
  writeFileAtomic(join(dir, SUMS), sums);
  return { dir, manifest };
}

function readPreviousManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
