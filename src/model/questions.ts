import { withDigits } from '../thai/digits.js';
import type { Plan } from './plan.js';

/** Something only a person at the authority can decide, with where it stands in the printed plan. */
export interface Question {
  id: string;
  where: string;
  question: string;
  source: string;
  data: string;
  file: string;
  field?: string;
  /**
   * The place in the plan's document tree (a heading id, or "section:<id>" for a section's first
   * page) whose page label the questions list prints; absent when the plan does not print it.
   */
  anchor?: string;
  /** The text the data holds at `file`/`field`, in the plan's digits, to find the page it prints on. */
  printed?: string;
  /** Text that prints at the anchor (a card's name): on the anchor's page, only what follows it counts. */
  anchorText?: string;
}

const FINANCIAL_FIELD = 'impact.financial';

/**
 * The open questions of a plan, in the plan's reading order: every erratum whose status is
 * `confirm`, and every placeholder the data still leaves blank (the financial-impact amounts) that
 * no such erratum already asks about.
 */
export function openQuestions(plan: Plan): Question[] {
  const questions: Question[] = plan.errata
    .filter((e) => e.status === 'confirm')
    .map((e) => ({
      id: e.id,
      where: e.where,
      question: e.question ?? e.reason,
      source: e.source,
      data: e.data,
      file: e.file,
      field: e.field,
      anchor: anchorOf(plan, e.file, e.field),
      printed: printedText(plan, e.file, e.field),
      anchorText: anchorTextOf(plan, anchorOf(plan, e.file, e.field)),
    }));
  const asked = questions.some((q) => q.file === 'risks.yaml' && q.field?.startsWith(FINANCIAL_FIELD));
  const blank = plan.risks.impact.financial.filter((row) => row.to === null || row.from === null).map((row) => row.level);
  if (blank.length && !asked) {
    questions.push({
      id: 'placeholder-financial-impact',
      where: 'ส่วนที่ 1 เกณฑ์ผลกระทบทางการเงิน',
      question: `ระดับความรุนแรงของผลกระทบทางการเงิน ระดับ ${blank.sort((a, b) => b - a).join(', ')} ยังไม่ได้กำหนดจำนวนเงิน (พิมพ์เป็น "....."): ความเสียหายตั้งแต่กี่บาทถึงกี่บาท`,
      source: 'ความเสียหายตั้งแต่.....บาท ถึง.....บาท',
      data: `${FINANCIAL_FIELD}: from/to = null`,
      file: 'risks.yaml',
      field: FINANCIAL_FIELD,
      anchor: anchorOf(plan, 'risks.yaml', FINANCIAL_FIELD),
    });
  }
  const order = [...new Set(['section:cover', 'preface', 'part-1', 'section:part-1-risks', 'rationale', 'objectives', 'goals', 'benefits',
    'part-2', 'part-3', ...plan.dimensions.map((d) => `dimension-${d.number}`), ...plan.projects.map((p) => `project-${p.number}`),
    'section:appendix-order', 'section:appendix-announcement'])];
  const rank = (q: Question) => (q.anchor ? order.indexOf(q.anchor) : order.length);
  return questions.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i).map(({ q }) => q);
}

/** Where the value at `file`/`field` prints in the plan, as an anchor of the plan's document tree. */
export function anchorOf(plan: Plan, file: string, field = ''): string | undefined {
  const index = (name: string) => {
    const m = new RegExp(`^${name}\\[(\\d+)\\]`).exec(field);
    return m ? Number(m[1]) : undefined;
  };
  if (/^projects-.+\.yaml$/.test(file)) {
    const i = index('projects');
    const project = i === undefined ? undefined : plan.projects.filter((p) => p.file === file)[i];
    return project ? `project-${project.number}` : 'part-3';
  }
  switch (file) {
    case 'plan.yaml': {
      const part = /^introduction\.(rationale|objectives|goals|benefits)/.exec(field)?.[1];
      if (part) return part;
      return field.startsWith('preface') ? 'preface' : 'section:cover';
    }
    case 'risks.yaml':
      return field.startsWith('risks') || /^(assessment|management)Intro/.test(field) ? 'section:part-1-risks' : 'part-1';
    case 'structure.yaml': {
      const i = index('dimensions');
      return i === undefined ? 'part-3' : `dimension-${i + 1}`;
    }
    case 'units.yaml':
      return 'part-2';
    case 'order.yaml':
    case 'templates/order.hbs':
      return 'section:appendix-order';
    case 'announcement.yaml':
    case 'templates/announcement.hbs':
      return 'section:appendix-announcement';
    default:
      return undefined;
  }
}

/** The first text found at `file`/`field` in the plan (a name, a paragraph, a unit's name), in the plan's digits. */
export function printedText(plan: Plan, file: string, field = ''): string | undefined {
  let value: unknown;
  let path = field;
  if (/^projects-.+\.yaml$/.test(file)) {
    const m = /^projects\[(\d+)\]/.exec(field);
    if (!m) return undefined;
    value = plan.projects.filter((p) => p.file === file)[Number(m[1])];
    path = field.slice(m[0].length);
  } else {
    value = ({
      'plan.yaml': { introduction: plan.introduction, preface: plan.preface, organisation: plan.organisation, title: plan.title },
      'risks.yaml': plan.risks,
      'structure.yaml': { dimensions: plan.dimensions },
      'units.yaml': { units: plan.units },
      'order.yaml': plan.order,
      'announcement.yaml': plan.announcement,
    } as Record<string, unknown>)[file];
  }
  for (const [, key, index] of path.matchAll(/\.?([A-Za-z]+)|\[(\d+)\]/g)) {
    value = (value as Record<string, unknown> | undefined)?.[key ?? Number(index)];
  }
  const text = firstText(value, 0);
  return text === undefined ? undefined : withDigits(text, plan.digits);
}

function firstText(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') return value;
  if (depth > 4 || !value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const preferred = Array.isArray(value) ? value : [record.text, record.name, record.description, record.unit, ...Object.values(record)];
  for (const v of preferred) {
    const found = firstText(v, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A card's name, as its heading prints it: cards follow one another, so the page before it is another card's. */
function anchorTextOf(plan: Plan, anchor: string | undefined): string | undefined {
  const n = /^project-(\d+)$/.exec(anchor ?? '')?.[1];
  const project = n ? plan.projects[Number(n) - 1] : undefined;
  return project && withDigits(project.name, plan.digits);
}
