// npm run new -- --id ID --name "องค์การบริหารส่วนตำบล…" [--years 2567-2571] [--parent data]
// Makes data/ID/ with every file a plan needs, minimal, valid and commented in Thai, then checks it.
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { fiscalYearOf, parseYears, scaffold } from '../src/cli/scaffold.js';
import { displayPath } from '../src/model/files.js';
import { loadPlan } from '../src/model/loadPlan.js';
import { InputError } from '../src/model/problems.js';
import { dirname } from 'node:path';

void runCli(() => {
  const { values } = parseArgs({
    options: {
      id: { type: 'string', default: '' },
      name: { type: 'string', default: '' },
      years: { type: 'string' },
      parent: { type: 'string', default: dirname(DEFAULT_PLAN) },
    },
  });
  const now = new Date();
  const next = fiscalYearOf(now) + 1;
  const years = values.years === undefined ? { from: next, to: next + 4 } : parseYears(values.years);
  if (!years) {
    throw new InputError([{ file: 'npm run new', line: 1, column: 1, path: '--years', message: `"${values.years}" ไม่ใช่ช่วงปี พ.ศ. เช่น 2567-2571 — expected Buddhist-era years FROM-TO` }]);
  }
  const month = `${now.getFullYear() + 543}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const dir = scaffold({ id: values.id!, name: values.name!, years, month, parent: values.parent! });
  const plan = loadPlan(dir);
  const shown = displayPath(dir);
  process.stdout.write(`สร้างแผนใหม่ที่ ${shown} — created; ${plan.sourceFiles.length} files, valid\n`
    + `ต่อไป: แก้ข้อความในไฟล์ (คำอธิบายอยู่ในไฟล์และ docs/data-format.md) แล้ว\n`
    + `  npm run check -- --data ${shown}\n  npm run check -- --data ${shown} --questions\n  npm run build -- --data ${shown}\n`);
});
