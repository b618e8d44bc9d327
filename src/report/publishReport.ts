import { join } from 'node:path';
import type { Plan } from '../model/plan.js';
import { writeFileAtomic } from '../publish/atomicWrite.js';
import { sha256 } from '../publish/hashing.js';
import { buildManifest, sha256Sums } from '../publish/manifest.js';
import type { Progress } from './loadProgress.js';
import type { Round } from './schema.js';

export interface ReportFile {
  file: string;
  bytes: Buffer;
  pages: number | null;
}

/** out/<plan-id>/reports/<year>-r<round>/ */
export function reportDir(plan: Plan, year: number, round: Round, root = 'out'): string {
  return join(root, plan.id, 'reports', `${year}-r${round}`);
}

/** "phitsanulok-2566-2570_2567-r6_report.pdf" */
export const reportFileName = (plan: Plan, year: number, round: Round, document: 'report' | 'memo', format: 'pdf' | 'docx') =>
  `${plan.id}_${year}-r${round}_${document}.${format}`;

/**
 * Writes the rendered files, then the manifest (the plan's, with the progress file among the data
 * inputs and the round it reports) and SHA256SUMS, each atomically. Called once everything rendered.
 */
export function publishReport(plan: Plan, progress: Progress, round: Round, documentDate: Date, files: ReportFile[], root = 'out'): string {
  const dir = reportDir(plan, progress.data.year, round, root);
  for (const f of files) writeFileAtomic(join(dir, f.file), f.bytes);
  const entries = files.map((f) => ({ file: f.file, sha256: sha256(f.bytes), bytes: f.bytes.length, pages: f.pages }));
  const manifest = buildManifest({ ...plan, sourceFiles: [...plan.sourceFiles, progress.path] }, documentDate, entries);
  const text = `${JSON.stringify({ ...manifest, report: { year: progress.data.year, round, example: progress.data.example ?? false, progress: progress.file } }, null, 2)}\n`;
  writeFileAtomic(join(dir, 'manifest.json'), text);
  writeFileAtomic(join(dir, 'SHA256SUMS'), sha256Sums([...files.map((f) => ({ file: f.file, bytes: f.bytes })), { file: 'manifest.json', bytes: text }]));
  return dir;
}
