import { readFileSync } from 'node:fs';
import { isMap, isScalar, parseDocument, type Document, type YAMLMap } from 'yaml';
import { listPlanFiles, type PlanFileRef } from '../model/files.js';

/** One projects-*.yaml file, parsed with yaml's Document API so it can be changed and written back as it was. */
export interface ProjectFile {
  ref: PlanFileRef;
  text: string;
  doc: Document;
}

/** Where a project's card stands and what budget its data holds, key by key. */
export interface ProjectEntry {
  id: string;
  file: ProjectFile;
  /** Index in the file's `projects:` list. */
  index: number;
  /** Amounts by year exactly as typed; a year the data leaves out is absent (not 0). */
  perYear: Record<string, number>;
}

/**
 * The project files of a plan folder that loadPlan has already accepted (so every shape read here
 * is the one the schema promises).
 */
export function readProjectFiles(dir: string): { files: ProjectFile[]; projects: Map<string, ProjectEntry> } {
  const files: ProjectFile[] = [];
  const projects = new Map<string, ProjectEntry>();
  for (const ref of listPlanFiles(dir).files.filter((f) => f.kind === 'projects')) {
    const text = readFileSync(ref.path, 'utf8');
    // The same reading options as the model's (core schema), so numbers are numbers here as there.
    const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
    const file = { ref, text, doc };
    files.push(file);
    const list = doc.get('projects');
    if (!list || typeof list !== 'object' || !('items' in list)) continue;
    (list.items as unknown[]).forEach((item, index) => {
      if (!isMap(item)) return;
      const id = String(item.get('id'));
      projects.set(id, { id, file, index, perYear: perYearOf(item) });
    });
  }
  return { files, projects };
}

function perYearOf(project: YAMLMap): Record<string, number> {
  const perYear = project.getIn(['budget', 'perYear'], true);
  const out: Record<string, number> = {};
  if (!isMap(perYear)) return out;
  for (const pair of perYear.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof value === 'number') out[String(key)] = value;
  }
  return out;
}
