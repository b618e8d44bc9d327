// npm run report -- --init 2567 [--data DIR]                     writes progress/2567.yaml in the plan folder
// npm run report -- --year 2567 --round 6|12 [--data DIR] [--progress FILE] [--out DIR]
// Renders the monitoring report of a round and its covering memo into out/<plan>/reports/<year>-r<round>/.
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { InputError } from '../src/model/problems.js';
import { buildReport, initReport, parseYearRound } from '../src/report/index.js';

void runCli(async () => {
  const { values } = parseArgs({
    options: {
      init: { type: 'string' },
      year: { type: 'string' },
      round: { type: 'string' },
      data: { type: 'string', default: DEFAULT_PLAN },
      progress: { type: 'string' },
      out: { type: 'string', default: 'out' },
    },
  });
  const log = (line: string) => console.log(line);
  if (values.init !== undefined) {
    initReport(values.data!, parseYearRound(values.init, undefined).year, log);
    return;
  }
  const { year, round } = parseYearRound(values.year, values.round);
  if (round === undefined) throw new InputError([{ file: '--round', line: 1, column: 1, path: '', message: 'ต้องระบุรอบ 6 หรือ 12 — expected --round 6 or --round 12' }]);
  await buildReport({ data: values.data!, year, round, progress: values.progress, out: values.out!, log });
});
