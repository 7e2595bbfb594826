import { describe, expect, it } from 'vitest';
import { INDICATOR_BY_CODE, INDICATORS, indicatorFromSums, statusOf, sumTerms } from './indicators.js';
import { figures } from './test-figures.js';

const value = (code: string, ...months: Parameters<typeof figures>[0][]) =>
  indicatorFromSums(INDICATOR_BY_CODE.get(code)!, sumTerms(months.map(figures)));

describe('each indicator formula on hand-made figures', () => {
  it.each([
    ['ON_TIME_RATE', { resolved: 100, resolvedEarly: 30, resolvedOnTime: 60, resolvedLate: 10 }, 90, 100],
    ['LATE_RATE', { resolved: 100, resolvedEarly: 30, resolvedOnTime: 60, resolvedLate: 10 }, 10, 100],
    ['APOLOGY_RATE', { resolvedLate: 12, lateWithApology: 0 }, 0, 12],
    [
      'ONE_STOP_UPDATE_RATE',
      { receivedDirect: 80, receivedOnline: 15, receivedPostal: 5, notUpdatedOneStop: 4 },
      96,
      100,
    ],
    [
      'PUBLICATION_RATE',
      { proceduresAnnounced: 5, proceduresPublishedDesk: 5, proceduresPublishedWebsite: 3 },
      8,
      10,
    ],
    ['ONLINE_FILING_RATE', { receivedDirect: 80, receivedOnline: 15, receivedPostal: 5 }, 15, 100],
    [
      'FULL_ONLINE_SERVICE_RATE',
      { proceduresTotal: 120, proceduresFullOnline: 30, proceduresPartialOnline: 40 },
      30,
      120,
    ],
    ['POSTAL_RATE', { receivedDirect: 80, receivedOnline: 15, receivedPostal: 5 }, 5, 100],
    ['ONLINE_PAYMENT_RATE', { dossiersWithFees: 40, onlinePayments: 2 }, 2, 40],
    ['DIGITISATION_RATE', { receivedDirect: 50, dossiersDigitised: 10 }, 10, 50],
    ['SATISFACTION_RATE', { surveyResponses: 200, surveySatisfied: 190 }, 190, 200],
    ['COMPLAINTS_ON_TIME_RATE', { complaintsReceived: 4, complaintsHandledOnTime: 3 }, 3, 4],
    [
      'JOINT_3IN1_RATE',
      { jointBirthsTotal: 20, jointBirthsDone: 15, jointDeathsTotal: 5, jointDeathsDone: 5 },
      20,
      25,
    ],
    ['WEBSITE_FRESHNESS', { websitePosts: 3 }, 1, 1],
    [
      'ONLINE_FILING_OFFERED_RATE',
      { receivedDirect: 80, receivedOnline: 15, receivedPostal: 5, receivedOfOnlineProcedures: 60 },
      15,
      60,
    ],
    ['DISCIPLINE_CASES', { disciplineCases: 2 }, 2, 1],
    // January 2020 by default: updated on the 20th, 11 days before the 31st.
    ['WEBSITE_DAYS_SINCE_UPDATE', { websitePosts: 1, websiteLastUpdate: '2020-01-20' }, 11, 1],
  ])('%s', (code, month, numerator, denominator) => {
    expect(value(code, month)).toMatchObject({ numerator, denominator, value: numerator / denominator });
  });

  it('covers every indicator of the catalogue', () => {
    expect(INDICATORS).toHaveLength(17);
  });

  it('counts website freshness in months, over several months', () => {
    expect(
      value('WEBSITE_FRESHNESS', { websitePosts: 3 }, { websitePosts: 0 }, { websitePosts: 1 }, {}),
    ).toMatchObject({
      numerator: 2,
      denominator: 4,
    });
  });

  it('counts discipline cases per reporting unit-month', () => {
    expect(value('DISCIPLINE_CASES', { disciplineCases: 1 }, {}, {})).toMatchObject({
      numerator: 1,
      denominator: 3,
      status: 'ALERT',
    });
    expect(value('DISCIPLINE_CASES', {}, {}, {}).status).toBe('GOOD');
  });

  it('counts days since the website update from the last day of the range', () => {
    const quarter = { from: '2020-01-01', to: '2020-03-01' };
    const days = (...months: Parameters<typeof figures>[0][]) =>
      indicatorFromSums(
        INDICATOR_BY_CODE.get('WEBSITE_DAYS_SINCE_UPDATE')!,
        sumTerms(months.map(figures), quarter),
      );
    // Latest update 25 February 2020 (a leap year): 4 days of February + 31 of March.
    expect(days({ websiteLastUpdate: '2020-01-10' }, { websiteLastUpdate: '2020-02-25' }, {})).toMatchObject({
      value: 35,
      status: 'ALERT',
    });
    expect(days({}, {}, { websiteLastUpdate: '2020-03-28' })).toMatchObject({ value: 3, status: 'GOOD' });
    // Never updated in the quarter: at least the whole quarter (91 days).
    expect(days({}, {}, {}).value).toBe(91);
  });

  it('names every indicator in Vietnamese and English, with a source, an area and thresholds', () => {
    for (const i of INDICATORS) {
      expect([i.nameVi, i.nameEn, i.source, i.areaCode].every((text) => text.length > 0)).toBe(true);
      expect(i.numerator.length * i.denominator.length).toBeGreaterThan(0);
      const ordered = i.direction === 'HIGHER_IS_BETTER' ? i.target >= i.warning : i.target <= i.warning;
      expect(ordered).toBe(true);
    }
    expect(INDICATOR_BY_CODE.get('ONE_STOP_UPDATE_RATE')!.areaCode).toBe('TTHC');
  });

  it('has no value and NO_DATA status without a denominator', () => {
    expect(value('APOLOGY_RATE', { resolved: 10, resolvedOnTime: 10 })).toMatchObject({
      value: null,
      status: 'NO_DATA',
    });
  });
});

describe('roll-ups are ratios of sums, never means of ratios', () => {
  it('weights a big unit by its dossiers (the mean of the two ratios would be 50%)', () => {
    const big = { resolved: 1000, resolvedOnTime: 1000 };
    const small = { resolved: 10, resolvedLate: 10 };
    const rolled = value('ON_TIME_RATE', big, small);
    expect(rolled.value).toBeCloseTo(1000 / 1010, 10);
    const meanOfRatios = (1 + 0) / 2;
    expect(rolled.value).not.toBeCloseTo(meanOfRatios, 2);
  });
});

describe('status against thresholds', () => {
  it('reads the thresholds in the direction of the indicator', () => {
    const onTime = INDICATOR_BY_CODE.get('ON_TIME_RATE')!;
    expect(statusOf(onTime, 0.97)).toBe('GOOD');
    expect(statusOf(onTime, 0.9)).toBe('WARNING');
    expect(statusOf(onTime, 0.5)).toBe('ALERT');
    const late = INDICATOR_BY_CODE.get('LATE_RATE')!;
    expect(statusOf(late, 0.01)).toBe('GOOD');
    expect(statusOf(late, 0.05)).toBe('WARNING');
    expect(statusOf(late, 0.2)).toBe('ALERT');
  });
});

describe('the catalogue', () => {
  it('names every indicator in Vietnamese (with its diacritics) and in English', () => {
    for (const indicator of INDICATORS) {
      // A share is a "tỷ lệ"; days and cases are a "số".
      expect(indicator.nameVi, indicator.code).toMatch(indicator.valueUnit === 'RATIO' ? /^Tỷ lệ / : /^Số /);
      expect(indicator.nameEn.length, indicator.code).toBeGreaterThan(5);
      expect(indicator.nameVi).not.toBe(indicator.nameEn);
    }
    expect(new Set(INDICATORS.map((i) => i.nameVi)).size).toBe(INDICATORS.length);
  });
});
