import { formatProblem, InputError } from '../model/problems.js';

/**
 * Runs a command-line entry point: input problems are listed (all of them) and exit 1;
 * anything else prints one line and exits 2. Never a stack trace, unless DEBUG is set.
 */
export async function runCli(main: () => Promise<void> | void): Promise<void> {
  // `npm run check | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  try {
    await main();
  } catch (e) {
    if (e instanceof InputError) {
      for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
      process.stderr.write(`\nพบปัญหา ${e.problems.length} รายการ ยังไม่ได้สร้างเอกสาร — ${e.problems.length} problem(s); nothing was written\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`ผิดพลาด — error: ${(e as Error).message ?? String(e)}\n`);
      if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = 2;
    }
  }
}

export const DEFAULT_PLAN = 'data/phitsanulok-2566-2570';
