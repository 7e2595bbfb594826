import { addMessages, i18n } from '@cchc/web-shared';
import { describe, expect, it } from 'vitest';
import { planningMessages } from './messages.js';

addMessages('planning', planningMessages);
const translator = (language: 'vi' | 'en') => i18n.getFixedT(language, 'planning');
const common = (language: 'vi' | 'en') => i18n.getResourceBundle(language, 'common') as object;

/** Every text a message file holds, with its key path. */
const textsOf = (messages: object, path = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${path}${key}`, value] as [string, string]]
      : textsOf(value, `${path}${key}.`),
  );

describe('the planning words', () => {
  it('count in English with one and other, and in Vietnamese with its single form', () => {
    const en = translator('en');
    expect(en('openActions', { count: 1 })).toBe('1 corrective action open');
    expect(en('openActions', { count: 3 })).toBe('3 corrective actions open');
    expect(en('metricAlerts', { count: 1, year: 2025 })).toBe('1 indicator to watch (2025)');
    const vi = translator('vi');
    expect(vi('openActions', { count: 1 })).toBe('1 việc khắc phục chưa xong');
    expect(vi('openActions', { count: 3 })).toBe('3 việc khắc phục chưa xong');
  });

  it('name the field in a required-field message, as people call it', () => {
    const en = translator('en');
    expect(en('required', { field: en('fieldNames.periodFrom') })).toBe('Please enter the start date');
    const vi = translator('vi');
    expect(vi('required', { field: vi('fieldNames.periodFrom') })).toBe('Vui lòng nhập ngày bắt đầu');
  });

  it.each([
    ['planning vi', planningMessages.vi],
    ['planning en', planningMessages.en],
    ['common vi', common('vi')],
    ['common en', common('en')],
  ])('%s holds no issue code or internal name a user could see', (_, messages) => {
    const leaks = textsOf(messages).filter(([, text]) =>
      /\b[A-Z]+-\d+\b|\b[A-Z]{2,}_[A-Z_]+\b|\b(DRAFT|APPROVED|OPEN|OVERDUE|LIMITATION|ADMIN)\b/.test(text),
    );
    expect(leaks).toEqual([]);
  });
});
