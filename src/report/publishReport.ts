import { join } from 'node:path';
import type { Plan } from '../model/plan.js';
import { buildManifest } from '../publish/manifest.js';
import { publishSet } from '../publish/publish.js';
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
 * Publishes the rendered files with the manifest (the plan's, with the progress file among the data
 * inputs and the round it reports) and SHA256SUMS, as one whole folder. Called once everything rendered.
 */
export function publishReport(plan: Plan, progress: Progress, round: Round, documentDate: Date, files: ReportFile[], root = 'out'): string {
  const dir = reportDir(plan, progress.data.year, round, root);
  publishSet(dir, files, (entries) => ({
    ...buildManifest({ ...plan, sourceFiles: [...plan.sourceFiles, progress.path] }, documentDate, entries),
    report: { year: progress.data.year, round, example: progress.data.example ?? false, progress: progress.file },
  }), root);
  return dir;
}
