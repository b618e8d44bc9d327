// npm run check [-- --data DIR] [--errata]: validates a plan folder and prints a summary, or every problem.
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { loadPlan } from '../src/model/loadPlan.js';
import { planSummary, errataReport } from '../src/cli/summary.js';

void runCli(() => {
  const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_PLAN }, errata: { type: 'boolean', default: false } } });
  const plan = loadPlan(values.data!);
  process.stdout.write(values.errata ? errataReport(plan) : planSummary(plan));
});
