// The monitoring reports (รอบ ๖ เดือน / รอบ ๑๒ เดือน): a view over the plan's model. Nothing below src/report imports it.
export { buildReport, initReport, parseYearRound, type ReportOptions } from './buildReport.js';
export { initialProgress, progressPath } from './init.js';
export { loadProgress, type Progress } from './loadProgress.js';
export { reportFigures, type ReportFigures } from './figures.js';
export { progressFile, STATUSES, type ProgressFile, type Round } from './schema.js';
export { progressJsonSchema } from './jsonSchema.js';
