// npm run budget -- export [--data DIR] [--out FILE.xlsx]
// npm run budget -- import FILE.xlsx [--data DIR]
// Budgets out to a spreadsheet for finance and the departments, and back into the YAML without retyping.
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { exportBudgets } from '../src/sheet/exportBudgets.js';
import { importBudgets } from '../src/sheet/importBudgets.js';
import { importReport } from '../src/sheet/report.js';

const USAGE = 'usage: npm run budget -- export [--data DIR] [--out FILE.xlsx]\n       npm run budget -- import FILE.xlsx [--data DIR]';

void runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string', default: DEFAULT_PLAN }, out: { type: 'string' } },
  });
  const [command, file, ...rest] = positionals;
  if (command === 'export' && !file) {
    const written = await exportBudgets(values.data!, values.out);
    process.stdout.write(`${written}\n`);
  } else if (command === 'import' && file && !rest.length && !values.out) {
    process.stdout.write(importReport(await importBudgets(file, values.data!)));
  } else {
    throw new Error(`คำสั่งไม่ถูกต้อง — ${USAGE}`);
  }
});
