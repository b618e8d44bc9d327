import { basename } from 'node:path';
import { parseThaiDate, type ThaiDate } from '../thai/dates.js';
import type { Dimension, Mission, Plan, Project, Risks, SubMission, Unit, YearAmounts } from './plan.js';
import { emblemFile, typefaceFiles, type CheckedFiles } from './validate.js';

type Complete = Required<Omit<CheckedFiles, 'errata' | 'amendment'>> & Pick<CheckedFiles, 'errata'>;

function date(text: string): ThaiDate {
  const d = parseThaiDate(text);
  if ('error' in d) throw new Error(`derive called on an unchecked date: ${text}`);
  return d;
}

function sumYears(years: number[], maps: YearAmounts[]): Map<number, number> {
  return new Map(years.map((y) => [y, maps.reduce((s, m) => s + (m.get(y) ?? 0), 0)]));
}

/**
 * Everything a document shows that is not typed in the data: numbers, counts, totals,
 * risk scores and levels, references resolved to the things they name.
 */
export function derivePlan(files: Complete, folder: string, sourceFiles: string[]): Plan {
  const planData = files.plan.data;
  const years: number[] = [];
  for (let y = planData.years.from; y <= planData.years.to; y++) years.push(y);

  const units: Unit[] = files.units.data.units;
  const unitById = new Map(units.map((u) => [u.id, u]));

  const places = new Map<string, { dimension: Dimension; mission: Mission; subMission?: SubMission }>();
  const dimensions: Dimension[] = files.structure.data.dimensions.map((d, di) => {
    const dimension: Dimension = { id: d.id, number: di + 1, title: d.title, missions: [], projects: [], budgetPerYear: new Map() };
    dimension.missions = d.missions.map((m, mi) => {
      const mission: Mission = { id: m.id, number: `${di + 1}.${mi + 1}`, title: m.title, subMissions: [] };
      mission.subMissions = m.subMissions.map((s, si) => ({ id: s.id, number: `${mission.number}.${si + 1}`, title: s.title }));
      places.set(m.id, { dimension, mission });
      for (const s of mission.subMissions) places.set(s.id, { dimension, mission, subMission: s });
      return mission;
    });
    return dimension;
  });

  // Projects are numbered in document order: by dimension, then file name, then the order within the file.
  const dimensionIndex = new Map(dimensions.map((d, i) => [d.id, i]));
  const projectFiles = [...files.projects].sort((a, b) => (dimensionIndex.get(a.data.dimension) ?? 0) - (dimensionIndex.get(b.data.dimension) ?? 0));
  const projects: Project[] = [];
  for (const file of projectFiles) {
    for (const p of file.data.projects) {
      const place = places.get(p.under)!;
      const project: Project = {
        ...p,
        number: projects.length + 1,
        file: basename(file.source.file),
        dimension: place.dimension,
        mission: place.mission,
        subMission: place.subMission,
        responsible: p.responsible.map((r) =>
          typeof r === 'string' ? { unit: unitById.get(r)! } : { unit: unitById.get(r.unit)!, section: r.section },
        ),
        budget: p.budget && {
          perYear: new Map(years.map((y) => [y, p.budget!.perYear[String(y)] ?? 0])),
          note: p.budget.note,
        },
      };
      projects.push(project);
      place.dimension.projects.push(project);
    }
  }
  for (const d of dimensions) d.budgetPerYear = sumYears(years, d.projects.flatMap((p) => (p.budget ? [p.budget.perYear] : [])));
  const totalPerYear = sumYears(years, dimensions.map((d) => d.budgetPerYear));

  const r = files.risks.data;
  const levelById = new Map(r.riskLevels.map((l) => [l.id, l]));
  const matrix = [...r.matrix]
    .sort((a, b) => b.likelihood - a.likelihood)
    .map((row) => ({ likelihood: row.likelihood, cells: row.impact.map((id) => levelById.get(id)!) }));
  const levelOf = (likelihood: number, impact: number) =>
    matrix.find((row) => row.likelihood === likelihood)!.cells[impact - 1]!;
  const risks: Risks = {
    criteriaIntro: r.criteriaIntro,
    likelihood: r.likelihood,
    impact: r.impact,
    assessmentIntro: r.assessmentIntro,
    managementIntro: r.managementIntro,
    levels: r.riskLevels,
    matrix,
    risks: r.risks.map((risk, i) => ({
      ...risk,
      number: i + 1,
      score: risk.likelihood * risk.impact,
      level: levelOf(risk.likelihood, risk.impact),
    })),
  };

  const o = files.order.data;
  const a = files.announcement.data;
  const revisionDate = date(planData.revision.date);
  const version = `r${planData.revision.number}-${revisionDate.year}-${String(revisionDate.month).padStart(2, '0')}${
    revisionDate.day ? `-${String(revisionDate.day).padStart(2, '0')}` : ''
  }`;

  return {
    folder,
    id: planData.id,
    version,
    revision: { number: planData.revision.number, date: revisionDate },
    digits: planData.digits,
    ...(planData.typeface && { typeface: typefaceFiles(folder, planData.typeface) }),
    title: planData.title,
    organisation: planData.organisation,
    years,
    preface: planData.preface,
    introduction: planData.introduction,
    risks,
    dimensions,
    projects,
    units,
    totalPerYear,
    order: {
      ...o,
      date: date(o.date),
      members: o.members.map((m, i) => ({ ...m, number: i + 1 })),
      ...emblemFile(folder, o.emblem),
    },
    announcement: { ...a, date: date(a.date), ...emblemFile(folder, a.emblem) },
    errata: files.errata?.data.errata ?? [],
    sourceFiles,
  };
}
