import { addMessages, i18n, indicatorValueText, setLanguage } from '@cchc/web-shared';
import { afterEach, describe, expect, it } from 'vitest';
import { periodText, twelveMonthsBefore } from './evidence.js';
import { findingsMessages } from './messages.js';

addMessages('findings', findingsMessages);

describe('the twelve whole months before a visit', () => {
  it.each([
    ['2020-10-19', '2019-10..2020-09'],
    ['2020-01-01', '2019-01..2019-12'],
    ['2020-02-29', '2019-02..2020-01'],
    ['2021-12-31', '2020-12..2021-11'],
  ])('%s reads %s', (day, period) => {
    expect(twelveMonthsBefore(day)).toBe(period);
  });

  it('is said month/year to month/year', () => {
    expect(periodText('2019-10..2020-09')).toBe('10/2019 – 09/2020');
  });
});

describe('an indicator value as its unit reads', () => {
  afterEach(() => setLanguage('vi'));

  it('a ratio as a percentage with a decimal comma, days and counts with their unit, none as no figures', () => {
    expect(indicatorValueText(0.8765, 'RATIO')).toBe('87,7%');
    expect(indicatorValueText(4.25, 'DAYS')).toBe('4,25 ngày');
    expect(indicatorValueText(null, 'RATIO')).toBe('không có số liệu');
    setLanguage('en');
    expect(indicatorValueText(4.25, 'DAYS')).toBe('4,25 days');
    expect(i18n.t('common:noData')).toBe('no figures');
  });
});
