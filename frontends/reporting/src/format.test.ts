import { addMessages, indicatorValueText, percentText } from '@cchc/web-shared';
import { describe, expect, it } from 'vitest';
import { countText, indicatorFileValue } from './format.js';
import { reportingMessages } from './messages.js';

addMessages('reporting', reportingMessages);

describe('numbers the Vietnamese way', () => {
  it('writes ratios as percentages with a decimal comma, halves rounded up', () => {
    expect(percentText(0.825)).toBe('82,5%');
    expect(percentText(0.97848)).toBe('97,8%');
    expect(percentText(0.8765)).toBe('87,7%');
    expect(percentText(1)).toBe('100%');
  });

  it('groups thousands with dots', () => {
    expect(countText(1234)).toBe('1.234');
    expect(countText(427589)).toBe('427.589');
  });

  it('shows each indicator in its unit, and says when there are no figures', () => {
    expect(indicatorValueText(0.0215, 'RATIO')).toBe('2,2%');
    expect(indicatorValueText(230, 'DAYS')).toBe('230 ngày');
    expect(indicatorValueText(0.0187, 'PER_UNIT_MONTH')).toBe('0,02 / đơn vị / tháng');
    expect(indicatorValueText(null, 'RATIO')).toBe('không có số liệu');
  });

  it('puts numbers in files as numbers: ratios in % to one decimal, the rest to two', () => {
    expect(indicatorFileValue(0.97848, 'RATIO')).toBe(97.8);
    expect(indicatorFileValue(0.0187265, 'PER_UNIT_MONTH')).toBe(0.02);
    expect(indicatorFileValue(230, 'DAYS')).toBe(230);
    expect(indicatorFileValue(null, 'RATIO')).toBeNull();
  });
});
