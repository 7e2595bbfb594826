import { describe, expect, it } from 'vitest';
import { checkFigures } from './figure-rules.js';
import { figures } from './test-figures.js';

const today = '2021-06-15';
const fields = (values: Parameters<typeof figures>[0], period = '2021-05-01') =>
  checkFigures(period, figures(values), today).map((e) => e.field);

describe('checking a unit-month', () => {
  it('accepts consistent figures', () => {
    expect(
      fields({ receivedDirect: 10, resolved: 9, resolvedOnTime: 8, resolvedLate: 1, lateWithApology: 1 }),
    ).toEqual([]);
  });

  it('refuses negatives and fractions, naming each field', () => {
    expect(fields({ receivedDirect: -1, resolved: 2.5 })).toEqual(['receivedDirect', 'resolved']);
  });

  it('refuses parts above their totals', () => {
    expect(fields({ resolved: 5, resolvedEarly: 3, resolvedOnTime: 2, resolvedLate: 1 })).toEqual([
      'resolvedLate',
    ]);
    expect(fields({ resolved: 5, resolvedLate: 2, resolvedOnTime: 3, lateWithApology: 3 })).toEqual([
      'lateWithApology',
    ]);
    expect(fields({ surveyResponses: 10, surveySatisfied: 11 })).toEqual(['surveySatisfied']);
    expect(fields({ jointBirthsTotal: 3, jointBirthsDone: 4 })).toEqual(['jointBirthsDone']);
  });

  it('keeps dossiers of procedures offered online between the online dossiers and all dossiers', () => {
    expect(fields({ receivedDirect: 10, receivedOnline: 5, receivedOfOnlineProcedures: 12 })).toEqual([]);
    expect(fields({ receivedDirect: 10, receivedOnline: 5, receivedOfOnlineProcedures: 4 })).toEqual([
      'receivedOnline',
    ]);
    expect(fields({ receivedDirect: 10, receivedOnline: 5, receivedOfOnlineProcedures: 16 })).toEqual([
      'receivedOfOnlineProcedures',
    ]);
  });

  it('refuses a month that has not started and a website update after the month', () => {
    expect(fields({}, '2021-07-01')).toEqual(['period']);
    expect(fields({ websiteLastUpdate: '2021-06-02' }, '2021-05-01')).toEqual(['websiteLastUpdate']);
  });
});
