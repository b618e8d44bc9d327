// npm run build [-- --data DIR] [--only plan|order|announcement] [--format pdf|docx] [--out DIR]
// Builds every document of a plan into out/<plan>/<version>/ with a manifest and SHA256SUMS.
import { parseArgs } from 'node:util';
import { buildAll } from '../src/publish/buildAll.js';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';

void runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DEFAULT_PLAN },
      only: { type: 'string', multiple: true },
      format: { type: 'string', multiple: true },
      out: { type: 'string', default: 'out' },
    },
  });
  await buildAll({ data: values.data!, only: values.only, formats: values.format, out: values.out!, log: (line) => console.log(line) });
});
