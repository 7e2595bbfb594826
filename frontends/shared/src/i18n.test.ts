import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, i18n, LANGUAGES, setLanguage } from './i18n.js';

describe('i18n', () => {
  it('speaks Vietnamese first and English on request', () => {
    expect(i18n.t('nav.planning')).toBe('Kế hoạch kiểm tra');
    setLanguage('en');
    expect(i18n.t('nav.planning')).toBe('Inspection plans');
    setLanguage('vi');
    expect(i18n.t('problem.conflict')).toContain('Người khác vừa thay đổi');
  });

  it('names every value of the statuses, kinds and verdicts the applications share, in both languages', () => {
    const values = {
      planStatuses: ['DRAFT', 'APPROVED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED'],
      findingKinds: ['STRENGTH', 'LIMITATION', 'VIOLATION'],
      findingStatuses: ['NOTED', 'OPEN', 'RESOLVED'],
      evidenceVerdicts: ['CONSISTENT', 'CONTRADICTED', 'REVISED', 'NOT_MEASURED'],
    };
    for (const language of LANGUAGES) {
      const t = i18n.getFixedT(language, 'common');
      for (const [words, keys] of Object.entries(values))
        for (const key of keys)
          expect(i18n.exists(`${words}.${key}`, { lng: language }), `${language} ${words}.${key}`).toBe(true);
      expect(t('planStatuses.CONCLUDED')).toBe(language === 'vi' ? 'Đã kết luận' : 'Concluded');
    }
    expect(i18n.getFixedT('vi', 'common')('findingKinds.LIMITATION')).toBe('Tồn tại, hạn chế');
  });

  it('writes dates as dd/MM/yyyy and numbers the Vietnamese way', () => {
    expect(formatDate('2020-10-19')).toBe('19/10/2020');
    expect(formatDate(null)).toBe('');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });
});
