import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, i18n, setLanguage } from './i18n.js';

describe('i18n', () => {
  it('speaks Vietnamese first and English on request', () => {
    expect(i18n.t('nav.planning')).toBe('Kế hoạch kiểm tra');
    setLanguage('en');
    expect(i18n.t('nav.planning')).toBe('Inspection plans');
    setLanguage('vi');
    expect(i18n.t('problem.conflict')).toContain('Người khác vừa thay đổi');
  });

  it('writes dates as dd/MM/yyyy and numbers the Vietnamese way', () => {
    expect(formatDate('2020-10-19')).toBe('19/10/2020');
    expect(formatDate(null)).toBe('');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });
});
