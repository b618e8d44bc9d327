import { CARD_LABELS } from '../compose/projects.js';
import type { ListItem as DocListItem } from '../doc/doc.js';
import type { Typeset } from '../compose/typeset.js';
import type { Content, Plan, Project } from '../model/plan.js';

/** A printed line of a field: its list label ("๓)", "-") apart, so renumbering alone is no change of text. */
export interface Line {
  label?: string;
  text: string;
}

/** One field of a project card: what it is compared by, and how it reads. */
export interface FieldText {
  /** English field name, as in the YAML ("budget", "responsible"). */
  key: string;
  /** The card's Thai label. */
  label: string;
  /** Compared for equality: ids and numbers, not the numbering a plan derives. */
  value: string;
  lines: Line[];
}

function listLines(items: DocListItem[]): Line[] {
  return items.flatMap((item) => [{ label: item.label, text: item.inlines.map((i) => i.text).join('') }, ...listLines(item.children ?? [])]);
}

/** A card field's paragraphs and list items, labelled as the card prints them. */
export function contentLines(ts: Typeset, content: Content): Line[] {
  return content.flatMap((block) => {
    if (typeof block === 'string') return [{ text: ts.t(block) }];
    if ('list' in block) return listLines(ts.listItems(block.list, 'paren'));
    return listLines(ts.listItems(block.bullets, 'dash'));
  });
}

/** "มิติที่ ๑ … / ๑.๑ … / ๑.๑.๒ …": where a card stands in the plan. */
export function placeText(ts: Typeset, project: Project): string {
  const parts = [`มิติที่ ${project.dimension.number} ${project.dimension.title}`, `${project.mission.number} ${project.mission.title}`];
  if (project.subMission) parts.push(`${project.subMission.number} ${project.subMission.title}`);
  return ts.t(parts.join(' / '));
}

export function unitsText(project: Project): string {
  return project.responsible.map((r) => (r.section ? `${r.section} ${r.unit.name}` : r.unit.name)).join(', ');
}

function budgetLines(ts: Typeset, plan: Plan, project: Project): Line[] {
  const b = project.budget;
  const funded = plan.years.filter((y) => (b?.perYear.get(y) ?? 0) > 0);
  if (!b || !funded.length) return [{ text: 'ไม่ใช้งบประมาณ' }];
  return [
    ...funded.map((y) => ({ text: ts.t(`ปีงบประมาณ พ.ศ. ${y} ${ts.amount(b.perYear.get(y)!)} บาท`) })),
    ...(b.note ? [{ text: ts.t(b.note) }] : []),
  ];
}

const json = (value: unknown) => JSON.stringify(value ?? null);

/** Every field of a card, in the card's order, as the change report compares and prints them. */
export function projectFields(ts: Typeset, plan: Plan, project: Project): FieldText[] {
  const content = (key: 'rationale' | 'objectives' | 'targetGroup' | 'method' | 'outputs' | 'outcomes', label: string): FieldText => ({
    key, label, value: json(project[key]), lines: contentLines(ts, project[key]),
  });
  // No budget and a budget of nothing read the same on the card, so they compare the same.
  const perYear = Object.fromEntries([...(project.budget?.perYear ?? [])].filter(([, v]) => v > 0));
  return [
    { key: 'name', label: CARD_LABELS.name, value: project.name, lines: [{ text: ts.t(project.name) }] },
    { key: 'kind', label: 'ประเภท', value: project.kind, lines: [{ text: project.kind }] },
    { key: 'under', label: 'มิติและภารกิจ', value: project.subMission?.id ?? project.mission.id, lines: [{ text: placeText(ts, project) }] },
    content('rationale', CARD_LABELS.rationale),
    content('objectives', CARD_LABELS.objectives),
    content('targetGroup', CARD_LABELS.targetGroup),
    content('method', CARD_LABELS.method),
    {
      key: 'duration', label: CARD_LABELS.duration, value: json(project.duration),
      lines: project.duration ? contentLines(ts, project.duration) : [{ text: ts.t(`ปีงบประมาณ พ.ศ. ${plan.years[0]} - ${plan.years.at(-1)} (ตลอดช่วงของแผน)`) }],
    },
    { key: 'budget', label: CARD_LABELS.budget, value: json({ perYear, note: project.budget?.note }), lines: budgetLines(ts, plan, project) },
    {
      key: 'responsible', label: CARD_LABELS.responsible,
      value: json(project.responsible.map((r) => [r.unit.id, r.section])),
      lines: [{ text: ts.t(unitsText(project)) }],
    },
    content('outputs', CARD_LABELS.outputs),
    content('outcomes', CARD_LABELS.outcomes),
  ];
}
