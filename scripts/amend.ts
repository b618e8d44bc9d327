// npm run amend -- --from REF [--to REF] [--data DIR] [--format pdf|docx] [--out DIR]
// Compares two versions of a plan (folders or git commits/tags) and writes the change report, the
// amendment and its announcement into out/<plan>/amendments/<from>..<to>/.
import { parseArgs } from 'node:util';
import { amend } from '../src/amend/amend.js';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { InputError } from '../src/model/problems.js';

void runCli(async () => {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      data: { type: 'string', default: DEFAULT_PLAN },
      format: { type: 'string', multiple: true },
      out: { type: 'string', default: 'out' },
    },
  });
  if (!values.from) {
    throw new InputError([{ file: '--from', line: 1, column: 1, path: '', message: 'ต้องระบุฉบับเดิม: --from <commit/tag หรือโฟลเดอร์ของแผน> — expected --from REF' }]);
  }
  await amend({ from: values.from, to: values.to, data: values.data!, formats: values.format, out: values.out!, log: (line) => console.log(line) });
});
