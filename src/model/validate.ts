import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emblemProblem } from './emblem.js';
import { parseThaiDate } from '../thai/dates.js';
import { describeIssue } from './messages.js';
import type { FieldPath, Problem } from './problems.js';
import { fileKinds, type FileKind } from './schema/index.js';
import type { AmendmentFile } from './schema/amendment.js';
import type { AnnouncementFile } from './schema/announcement.js';
import type { ErrataFile } from './schema/errata.js';
import type { OrderFile } from './schema/order.js';
import type { PlanFile } from './schema/plan.js';
import type { Plan } from './plan.js';
import { projectsFileFor, type ProjectsFile } from './schema/projects.js';
import type { RisksFile } from './schema/risks.js';
import type { StructureFile } from './schema/structure.js';
import type { UnitsFile } from './schema/units.js';
import { problemAt, type SourceFile } from './source.js';

/** A file that passed its schema: its typed value and where its values stand. */
export interface Checked<T> {
  source: SourceFile;
  data: T;
}

export interface CheckedFiles {
  plan?: Checked<PlanFile>;
  structure?: Checked<StructureFile>;
  units?: Checked<UnitsFile>;
  risks?: Checked<RisksFile>;
  order?: Checked<OrderFile>;
  announcement?: Checked<AnnouncementFile>;
  errata?: Checked<ErrataFile>;
  amendment?: Checked<AmendmentFile>;
  projects: Array<Checked<ProjectsFile>>;
}

/** Checks one file against the schema of its kind; every issue becomes a located problem. */
export function checkSchema<K extends FileKind>(
  kind: K,
  source: SourceFile,
  years?: { from: number; to: number },
): { data?: unknown; problems: Problem[] } {
  const schema = kind === 'projects' ? projectsFileFor(years) : fileKinds[kind];
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) =>
    describeIssue(issue).map((d) => problemAt(source, d.path as FieldPath, d.message, d.preferKey)),
  );
  return { problems };
}

/** Checks that need more than one file, or more than a schema can say. */
export function checkConsistency(files: CheckedFiles, folder: string): Problem[] {
  const problems: Problem[] = [];
  const report = (c: Checked<unknown>, path: FieldPath, message: string, preferKey = false) =>
    problems.push(problemAt(c.source, path, message, preferKey));

  const seen = new Map<string, string>();
  const unique = (c: Checked<unknown>, path: FieldPath, id: string, scope: string) => {
    const key = `${scope}:${id}`;
    const first = seen.get(key);
    if (first) report(c, path, `รหัส "${id}" ซ้ำกับที่ใช้แล้วที่ ${first} — expected a unique id`);
    else {
      const { line, column } = c.source.locate(path);
      seen.set(key, `${c.source.file}:${line}:${column}`);
    }
  };

  const { plan, structure, units, risks, order, announcement, errata } = files;

  if (plan) {
    const { from, to } = plan.data.years;
    if (from > to) report(plan, ['years', 'to'], `ปีสิ้นสุด (${to}) มาก่อนปีเริ่มต้น (${from}) — expected to ≥ from`);
    const d = parseThaiDate(plan.data.revision.date);
    if ('error' in d) report(plan, ['revision', 'date'], d.error);
  }

  const unitIds = new Set<string>();
  units?.data.units.forEach((u, i) => {
    unique(units, ['units', i, 'id'], u.id, 'unit');
    unitIds.add(u.id);
  });

  /** Mission and sub-mission ids by dimension, for `under:`. */
  const placesByDimension = new Map<string, Set<string>>();
  structure?.data.dimensions.forEach((dim, di) => {
    unique(structure, ['dimensions', di, 'id'], dim.id, 'structure');
    const places = new Set<string>();
    dim.missions.forEach((m, mi) => {
      unique(structure, ['dimensions', di, 'missions', mi, 'id'], m.id, 'structure');
      places.add(m.id);
      m.subMissions.forEach((s, si) => {
        unique(structure, ['dimensions', di, 'missions', mi, 'subMissions', si, 'id'], s.id, 'structure');
        places.add(s.id);
      });
    });
    placesByDimension.set(dim.id, places);
  });

  for (const file of files.projects) {
    const places = placesByDimension.get(file.data.dimension);
    if (structure && !places) {
      report(file, ['dimension'], `ไม่พบมิติ "${file.data.dimension}" ใน structure.yaml — expected a dimension id from structure.yaml`);
    }
    file.data.projects.forEach((p, i) => {
      unique(file, ['projects', i, 'id'], p.id, 'project');
      if (places && !places.has(p.under)) {
        report(file, ['projects', i, 'under'],
          `ไม่พบภารกิจ "${p.under}" ในมิติ "${file.data.dimension}" — expected a mission or sub-mission id of this dimension in structure.yaml`);
      }
      p.responsible.forEach((r, ri) => {
        const unit = typeof r === 'string' ? r : r.unit;
        if (units && !unitIds.has(unit)) {
          report(file, typeof r === 'string' ? ['projects', i, 'responsible', ri] : ['projects', i, 'responsible', ri, 'unit'],
            `ไม่พบหน่วยงาน "${unit}" ใน units.yaml — expected a unit id from units.yaml`);
        }
      });
    });
  }

  if (risks) {
    const levelIds = new Set<string>();
    risks.data.riskLevels.forEach((l, i) => {
      unique(risks, ['riskLevels', i, 'id'], l.id, 'riskLevel');
      levelIds.add(l.id);
    });
    const everyLevelOnce = (list: Array<{ level: number }>, path: string) => {
      const levels = list.map((x) => x.level).sort();
      if (levels.join() !== '1,2,3,4,5') report(risks, [path], 'ต้องมีระดับ ๑ ถึง ๕ ระดับละหนึ่งรายการ — expected levels 1–5 once each');
    };
    everyLevelOnce(risks.data.likelihood.levels, 'likelihood');
    everyLevelOnce(risks.data.impact.financial, 'impact');
    everyLevelOnce(risks.data.impact.nonFinancial, 'impact');
    everyLevelOnce(risks.data.matrix.map((r) => ({ level: r.likelihood })), 'matrix');
    risks.data.matrix.forEach((row, ri) =>
      row.impact.forEach((cell, ci) => {
        if (!levelIds.has(cell)) {
          report(risks, ['matrix', ri, 'impact', ci], `ไม่พบระดับความเสี่ยง "${cell}" ใน riskLevels — expected a riskLevels id`);
        }
      }),
    );
    risks.data.risks.forEach((r, i) => unique(risks, ['risks', i, 'id'], r.id, 'risk'));
  }

  const checkDate = (c: Checked<{ date: string }>) => {
    const d = parseThaiDate(c.data.date);
    if ('error' in d) report(c, ['date'], d.error);
  };
  if (order) checkDate(order);
  if (announcement) checkDate(announcement);
  if (files.amendment) checkDate(files.amendment);
  for (const doc of [order, announcement]) {
    const problem = doc?.data.emblem ? emblemProblem(folder, doc.data.emblem) : undefined;
    if (doc && problem) report(doc, ['emblem'], problem);
  }
  const face = plan?.data.typeface;
  if (plan && face) {
    for (const key of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      const path = face[key];
      if (!path) continue;
      const full = resolve(folder, path);
      if (!existsSync(full)) report(plan, ['typeface', key], `ไม่พบไฟล์แบบอักษร ${full} — font file not found`);
      else if (!isTrueType(full)) report(plan, ['typeface', key], `ไม่ใช่ไฟล์ TrueType (.ttf) — expected a TrueType font file`);
    }
  }
  errata?.data.errata.forEach((e, i) => {
    unique(errata, ['errata', i, 'id'], e.id, 'erratum');
    if (e.status === 'confirm' && !e.question) {
      report(errata, ['errata', i, 'status'], 'รายการที่ต้องยืนยัน (confirm) ต้องมี question: คำถามที่จะถามหน่วยงาน — expected a question for a confirm entry', true);
    }
  });
  return problems;
}

/** A TrueType file starts with version 1.0 or 'true' (an OpenType CFF, woff or woff2 file is not one). */
function isTrueType(path: string): boolean {
  const head = readFileSync(path).subarray(0, 4).toString('latin1');
  return head === '\x00\x01\x00\x00' || head === 'true';
}

/** The plan's typeface with its files as absolute paths (italics fall back to the upright faces). */
export function typefaceFiles(folder: string, t: NonNullable<PlanFile['typeface']>): NonNullable<Plan['typeface']> {
  const at = (p: string) => resolve(folder, p);
  return {
    name: t.name,
    size: t.size,
    files: { normal: at(t.regular), bold: at(t.bold), italics: at(t.italic ?? t.regular), bolditalics: at(t.boldItalic ?? t.bold) },
  };
}

export function emblemFile(folder: string, path: string | undefined): { emblemPath?: string; emblemMissing?: string } {
  if (!path) return {};
  // Checked by emblemProblem: the file, once links are followed, lies inside the folder.
  const full = resolve(folder, path);
  return existsSync(full) ? { emblemPath: full } : { emblemMissing: path };
}
