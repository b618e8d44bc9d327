import type { ThaiDate } from '../thai/dates.js';
import type { Round } from './schema.js';

/** The days a round covers: from 1 October of the year before to 31 March (6 months) or 30 September (12). */
export function roundPeriod(year: number, round: Round): { from: ThaiDate; to: ThaiDate } {
  return { from: { year: year - 1, month: 10, day: 1 }, to: round === 6 ? { year, month: 3, day: 31 } : { year, month: 9, day: 30 } };
}

/** A comparable number of a date: 25660331. */
export const dayNumber = (d: ThaiDate) => d.year * 10000 + d.month * 100 + (d.day ?? 1);

export function withinRound(date: ThaiDate, year: number, round: Round): boolean {
  const { from, to } = roundPeriod(year, round);
  return dayNumber(date) >= dayNumber(from) && dayNumber(date) <= dayNumber(to);
}
