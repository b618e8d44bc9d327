import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * What a plan's YAML says, read with the yaml package alone (not the project's loader): the facts a render
 * test on any plan expects its outputs to show, derived independently of the code that makes them.
 */
export interface PlanFacts {
  data: string;
  id: string;
  /** "r1-2565-09": the output folder of this revision. */
  version: string;
  digits: 'thai' | 'arabic';
  organisation: string;
  years: { from: number; to: number };
  /** Gregorian year of the revision date: the creation date written into every output. */
  documentYear: number;
  dimensions: Array<{ title: string; projects: Array<{ kind: string; name: string; perYear: Record<string, number> }> }>;
  order: { issuer: string; number: number; date: string; members: Array<{ name: string; position: string; role: string }>; signer: Signer; emblem?: string };
  risks: Array<{ process: string }>;
  announcement: { issuer: string; date: string; signer: Signer };
  /** Errata the office has still to confirm: the questions list. */
  openQuestions: number;
  /** Every file of the plan folder: the manifest's data inputs. */
  files: string[];
}

interface Signer { name: string; position: string; acting?: string[] }

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

export function factsOf(data: string): PlanFacts {
  const read = (file: string) => parse(readFileSync(join(data, file), 'utf8'));
  const plan = read('plan.yaml');
  const structure = read('structure.yaml');
  const byDimension = new Map<string, PlanFacts['dimensions'][number]['projects']>();
  for (const file of readdirSync(data).filter((f) => /^projects-.*\.yaml$/.test(f)).sort()) {
    const { dimension, projects } = read(file);
    byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), ...projects.map((p: { kind: string; name: string; budget?: { perYear: Record<string, number> } }) => ({ kind: p.kind, name: p.name, perYear: p.budget?.perYear ?? {} }))]);
  }
  const errata = existsSync(join(data, 'errata.yaml')) ? (read('errata.yaml').errata as Array<{ status: string }>) : [];
  return {
    data,
    id: plan.id,
    version: `r${plan.revision.number}-${plan.revision.date}`,
    digits: plan.digits,
    organisation: plan.organisation.name,
    years: plan.years,
    documentYear: Number(String(plan.revision.date).slice(0, 4)) - 543,
    dimensions: structure.dimensions.map((d: { id: string; title: string }) => ({ title: d.title, projects: byDimension.get(d.id) ?? [] })),
    order: read('order.yaml'),
    announcement: read('announcement.yaml'),
    risks: read('risks.yaml').risks,
    openQuestions: errata.filter((e) => e.status === 'confirm').length,
    files: readdirSync(data).filter((f) => f.endsWith('.yaml')).sort(),
  };
}

/** A number as the plan prints it: in its own digits, with thousands separated by commas. */
export function printed(facts: PlanFacts, n: number | string): string {
  const text = typeof n === 'number' ? n.toLocaleString('en-US') : n;
  return facts.digits === 'thai' ? text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!) : text;
}

/** "2565-05-10" → "๑๐ พฤษภาคม พ.ศ. ๒๕๖๕" (a month alone, "2565-09", → "กันยายน พ.ศ. ๒๕๖๕"), as a letter is dated. */
export function printedDate(facts: PlanFacts, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day ? `${printed(facts, day)} ` : ''}${MONTHS[month! - 1]} พ.ศ. ${printed(facts, String(year))}`;
}
