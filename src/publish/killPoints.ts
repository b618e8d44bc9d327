/**
 * Test hooks into the publish step, so a test can show that out/ holds a whole build whatever step a
 * build is stopped at (ordinary runs never set them):
 * - ITA_PLAN_TEST_KILL_AT_STEP=N: the process kills itself (SIGKILL, nothing runs after) right after
 *   step N of the publish step;
 * - ITA_PLAN_TEST_STEP_PAUSE_MS=M: every step takes M ms longer, to let two builds overlap.
 */
const killAt = Number(process.env.ITA_PLAN_TEST_KILL_AT_STEP ?? 0);
const pause = Number(process.env.ITA_PLAN_TEST_STEP_PAUSE_MS ?? 0);
let step = 0;

/** Marks the end of one step of the publish step. */
export function stepDone(): void {
  step++;
  if (pause > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
  if (killAt > 0 && step === killAt) process.kill(process.pid, 'SIGKILL');
}
