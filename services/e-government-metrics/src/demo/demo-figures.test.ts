import { describe, expect, it } from 'vitest';
import { checkFigures } from '../domain/figure-rules.js';
import { receivedTotal } from '../domain/measures.js';
import { demoMonths, demoStatus, demoValues } from './demo-figures.js';

const UNITS = [
  { code: '30817', level: 'COMMUNE' },
  { code: '903', level: 'DISTRICT' },
  { code: '91-SNV', level: 'PROVINCE' },
];

describe('demo figures', () => {
  it('run from January 2019 to the last complete month before the day they are loaded', () => {
    const months = demoMonths('2026-11-29');
    expect(months[0]).toBe('2019-01-01');
    expect(months.at(-1)).toBe('2026-10-01');
    expect(months).toHaveLength(7 * 12 + 10);
    expect(demoMonths('2027-01-01').at(-1)).toBe('2026-12-01');
  });

  it('lock past years, approve this year and leave the latest month submitted', () => {
    const months = demoMonths('2026-11-29');
    expect(demoStatus('2025-12-01', months)).toBe('LOCKED');
    expect(demoStatus('2026-09-01', months)).toBe('APPROVED');
    expect(demoStatus('2026-10-01', months)).toBe('SUBMITTED');
  });

  it('pass the figure rules every month and keep online shares under their ceilings', () => {
    for (const unit of UNITS) {
      for (const period of demoMonths('2026-11-29')) {
        const values = demoValues(unit, period);
        expect(checkFigures(period, values, '2026-11-29')).toEqual([]);
        expect(values.receivedOnline / receivedTotal(values)).toBeLessThanOrEqual(0.61);
        expect(values.dossiersDigitised / receivedTotal(values)).toBeLessThanOrEqual(0.91);
      }
    }
  });

  it('are the same for the same unit and month, and grow online filing over the years', () => {
    expect(demoValues(UNITS[0]!, '2026-03-01')).toEqual(demoValues(UNITS[0]!, '2026-03-01'));
    const onlineShare = (year: number) => {
      const months = demoMonths(`${year + 1}-01-01`).filter((m) => m.startsWith(String(year)));
      const all = UNITS.flatMap((u) => months.map((m) => demoValues(u, m)));
      return all.reduce((t, v) => t + v.receivedOnline, 0) / all.reduce((t, v) => t + receivedTotal(v), 0);
    };
    expect(onlineShare(2026)).toBeGreaterThan(onlineShare(2021));
    expect(onlineShare(2021)).toBeGreaterThan(onlineShare(2019));
  });

  it('show what the 2020 inspection found at the units it names, over the twelve months before the visits', () => {
    const year = demoMonths('2020-10-19').slice(-12);
    const sum = (code: string, level: string, part: (v: ReturnType<typeof demoValues>) => number) =>
      year.reduce((total, m) => total + part(demoValues({ code, level }, m)), 0);
    const ratio = (
      code: string,
      level: string,
      num: (v: ReturnType<typeof demoValues>) => number,
      den: typeof num,
    ) => sum(code, level, num) / sum(code, level, den);
    for (const commune of ['30817', '30742'])
      expect(
        ratio(
          commune,
          'COMMUNE',
          (v) => v.jointBirthsDone + v.jointDeathsDone,
          (v) => v.jointBirthsTotal + v.jointDeathsTotal,
        ),
      ).toBeLessThan(0.6);
    expect(
      ratio(
        '91-STNMT',
        'PROVINCE',
        (v) => v.lateWithApology,
        (v) => v.resolvedLate,
      ),
    ).toBeLessThan(0.2);
    for (const department of ['91-SKHDT', '91-SLDTBXH']) {
      expect(sum(department, 'PROVINCE', (v) => (v.websitePosts > 0 ? 1 : 0))).toBe(4);
      const lastUpdate = year
        .map((m) => demoValues({ code: department, level: 'PROVINCE' }, m).websiteLastUpdate)
        .filter(Boolean)
        .at(-1);
      expect(lastUpdate! < '2020-08-01').toBe(true);
    }
    expect(sum('30784', 'COMMUNE', (v) => v.disciplineCases)).toBeGreaterThanOrEqual(1);
    expect(
      ratio(
        '91-SKHDT',
        'PROVINCE',
        (v) => v.surveySatisfied,
        (v) => v.surveyResponses,
      ),
    ).toBeGreaterThanOrEqual(0.95);
  });
});
