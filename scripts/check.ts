// npm run check [-- --data DIR] [--errata] [--questions]: validates a plan folder and prints a summary,
// the errata, the open questions (with the printed plan's page of each), or every problem.
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { loadPlan } from '../src/model/loadPlan.js';
import { questionsCountLine, questionsReport } from '../src/cli/questions.js';
import { planSummary, errataReport } from '../src/cli/summary.js';
import { planPages } from '../src/publish/planPages.js';

void runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DEFAULT_PLAN },
      errata: { type: 'boolean', default: false },
      questions: { type: 'boolean', default: false },
    },
  });
  const plan = loadPlan(values.data!);
  if (values.questions) process.stdout.write(questionsReport(plan, await planPages(plan)));
  else process.stdout.write(`${values.errata ? errataReport(plan) : planSummary(plan)}${questionsCountLine(plan)}\n`);
});
