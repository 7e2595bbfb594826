import { addMessages, i18n } from '@cchc/web-shared';
import { describe, expect, it } from 'vitest';
import { reportingMessages } from './messages.js';

addMessages('reporting', reportingMessages);

const keysOf = (messages: object, path = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${path}${key}`] : keysOf(value, `${path}${key}.`),
  );

const textsOf = (messages: object): string[] =>
  Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : textsOf(value)));

describe('the reporting words', () => {
  it('exist in both languages', () => {
    expect(keysOf(reportingMessages.en).sort()).toEqual(keysOf(reportingMessages.vi).sort());
  });

  it('show no internal name or code', () => {
    const texts = JSON.stringify([...textsOf(reportingMessages.vi), ...textsOf(reportingMessages.en)]);
    expect(texts).not.toMatch(/\b[A-Z]+-\d+\b|\b[A-Z]{2,}_[A-Z_]+\b|\b(LIMITATION|NOT_MEASURED|ADMIN)\b/);
  });

  it('name the units switch and partial mergers as officials do', () => {
    const vi = i18n.getFixedT('vi', 'reporting');
    expect([vi('filters.views.asOf'), vi('filters.views.today')]).toEqual([
      'Đơn vị tại thời điểm đó',
      'Đơn vị hiện nay',
    ]);
    expect(vi('approximate')).toBe('≈ ước tính (sáp nhập một phần)');
  });
});
