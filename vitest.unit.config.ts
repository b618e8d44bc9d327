import { defineConfig } from 'vitest/config';
import full from './vitest.config.js';

/**
 * The fast tier (`npm run test:unit`): pure functions, the Thai module, the schemas, the model and
 * compose on small inputs — nothing that renders a PDF or DOCX, starts a command, a server or a
 * browser. A few seconds on a quiet machine; the full suite (`npm test`) remains the one that counts.
 * A new test file joins this list only if it is as fast and touches no renderer.
 */
export default defineConfig({
  ...full,
  test: {
    // Not mergeConfig: it would add this list to the full suite's instead of replacing it.
    ...full.test,
    // No build: nothing in this tier reads an output.
    globalSetup: [],
    include: [
      'tests/thai/bahtText.test.ts',
      'tests/thai/dates.test.ts',
      'tests/thai/digits.test.ts',
      'tests/thai/libthai.test.ts',
      'tests/thai/lineBreak.test.ts',
      'tests/thai/wordCut.test.ts',
      'tests/model/errata.test.ts',
      'tests/model/errataStatus.test.ts',
      'tests/model/errors.test.ts',
      'tests/model/jsonSchema.test.ts',
      'tests/model/loadPlan.test.ts',
      'tests/compose/plan.test.ts',
      'tests/compose/templates.test.ts',
      'tests/amend/wordDiff.test.ts',
      'tests/edit/yamlMerge.test.ts',
      'tests/report/figures.test.ts',
      'tests/render/patchedVersions.test.ts',
      'tests/render/pdfmakeModules.test.ts',
    ],
  },
});
