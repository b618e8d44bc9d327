import { describe, expect, it } from 'vitest';
import { formatThaiDate, parseThaiDate, thaiDateText, toUtcDate } from '../../src/thai/dates.js';

describe('Buddhist-era dates', () => {
  it('reads Buddhist and Christian years as the same day', () => {
    expect(parseThaiDate('2565-05-10')).toEqual({ year: 2565, month: 5, day: 10 });
    expect(parseThaiDate('2022-05-10')).toEqual({ year: 2565, month: 5, day: 10 });
  });

  it('leaves the day blank when only the month is given', () => {
    expect(parseThaiDate('2565-09')).toEqual({ year: 2565, month: 9 });
    expect(formatThaiDate({ year: 2565, month: 9 })).toBe('กันยายน พ.ศ. 2565');
  });

  it('writes "๑๐ พฤษภาคม พ.ศ. ๒๕๖๕" with พ.ศ. and Thai digits', () => {
    expect(thaiDateText({ year: 2565, month: 5, day: 10 })).toBe('๑๐ พฤษภาคม พ.ศ. ๒๕๖๕');
  });

  it('refuses impossible dates: 30 February, 29 February of a common year, month 13', () => {
    expect(parseThaiDate('2565-02-30')).toHaveProperty('error');
    expect(parseThaiDate('2566-02-29')).toHaveProperty('error'); // 2023 is not a leap year
    expect(parseThaiDate('2567-02-29')).toEqual({ year: 2567, month: 2, day: 29 }); // 2024 is
    expect(parseThaiDate('2565-13-01')).toHaveProperty('error');
    expect(parseThaiDate('10/05/2565')).toHaveProperty('error');
  });

  it('gives midnight in Bangkok for document metadata', () => {
    expect(toUtcDate({ year: 2565, month: 5, day: 10 }).toISOString()).toBe('2022-05-09T17:00:00.000Z');
  });
});
