import type { Plan } from '../model/plan.js';

const n = (v: number) => new Intl.NumberFormat('en-US').format(v);

/** The short summary `npm run check` prints for a valid plan. */
export function planSummary(plan: Plan): string {
  const missions = plan.dimensions.flatMap((d) => d.missions);
  const subMissions = missions.flatMap((m) => m.subMissions);
  const lines = [
    `ข้อมูลถูกต้อง — the plan is valid: ${plan.folder}`,
    `${plan.title} ${plan.organisation.name} พ.ศ. ${plan.years[0]}–${plan.years.at(-1)} (${plan.id}, ${plan.version})`,
    `มิติ ${plan.dimensions.length} · ภารกิจ ${missions.length} · ภารกิจย่อย ${subMissions.length} · โครงการ ${plan.projects.length} · หน่วยงาน ${plan.units.length} · ความเสี่ยง ${plan.risks.risks.length} · คณะทำงาน ${plan.order.members.length} คน`,
    '',
    `${'มิติ'.padEnd(6)}${'โครงการ'.padStart(8)}${plan.years.map((y) => String(y).padStart(12)).join('')}`,
    ...plan.dimensions.map(
      (d) => `${String(d.number).padEnd(6)}${String(d.projects.length).padStart(8)}${plan.years.map((y) => n(d.budgetPerYear.get(y) ?? 0).padStart(12)).join('')}  ${d.title}`,
    ),
    `${'รวม'.padEnd(6)}${String(plan.projects.length).padStart(8)}${plan.years.map((y) => n(plan.totalPerYear.get(y) ?? 0).padStart(12)).join('')}`,
    '',
    `หน่วยงาน — units: ${plan.units.map((u) => `${u.abbreviation} ${u.name} (${plan.projects.filter((p) => p.responsible.some((r) => r.unit === u)).length})`).join(', ')}`,
    `บันทึกการแก้ไขจากต้นฉบับ — errata: ${plan.errata.length} (npm run check -- --errata)`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Every recorded departure from the signed source, for `npm run check -- --errata`. */
export function errataReport(plan: Plan): string {
  const out = [`บันทึกการแก้ไขจากต้นฉบับ ${plan.errata.length} รายการ — errata`, ''];
  for (const e of plan.errata) {
    const line = e.seedLine ? ` — seed line ${e.seedLine}` : '';
    out.push(`[${e.id}] ${e.kind}, ${e.status}${line}: ${e.where}`);
    if (e.question) out.push(`  คำถาม   question: ${e.question}`);
    out.push(`  ต้นฉบับ  source: ${e.source}`);
    out.push(`  ข้อมูล   data:   ${e.data}  (${e.file}${e.field ? ` ${e.field}` : ''})`);
    out.push(`  เหตุผล   why:    ${e.reason}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
