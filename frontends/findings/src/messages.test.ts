import { addMessages, i18n } from '@cchc/web-shared';
import { describe, expect, it } from 'vitest';
import { findingInputOf } from './finding-form.js';
import { findingsMessages } from './messages.js';

addMessages('findings', findingsMessages);

/** Every key path of a message tree (plural suffixes dropped: each language has its own forms). */
const keysOf = (messages: object, path = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${path}${key.replace(/_(one|other)$/, '')}`]
      : keysOf(value, `${path}${key}.`),
  );

const textsOf = (messages: object): string[] =>
  Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : textsOf(value)));

describe('the findings words', () => {
  it('name kinds and verdicts as inspectors say them', () => {
    const vi = i18n.getFixedT('vi', 'findings');
    expect(['STRENGTH', 'LIMITATION', 'VIOLATION'].map((kind) => vi(`common:findingKinds.${kind}`))).toEqual([
      'Ưu điểm',
      'Tồn tại, hạn chế',
      'Vi phạm',
    ]);
    expect(
      ['CONSISTENT', 'CONTRADICTED', 'REVISED', 'NOT_MEASURED'].map((v) =>
        vi(`common:evidenceVerdicts.${v}`),
      ),
    ).toEqual(['Khớp số liệu', 'Mâu thuẫn với số liệu', 'Số liệu đã thay đổi', 'Không có số liệu đo']);
    expect(vi('findingCount', { count: 3 })).toBe('3 kết quả');
    expect(i18n.getFixedT('en', 'findings')('findingCount', { count: 1 })).toBe('1 finding');
  });

  it('exist in both languages, and none shows an internal name', () => {
    expect([...new Set(keysOf(findingsMessages.en))].sort()).toEqual(
      [...new Set(keysOf(findingsMessages.vi))].sort(),
    );
    const texts = JSON.stringify([...textsOf(findingsMessages.vi), ...textsOf(findingsMessages.en)]);
    expect(texts).not.toMatch(/\b[A-Z]+-\d+\b|\b[A-Z]{2,}_[A-Z_]+\b|\b(LIMITATION|NOT_MEASURED|ADMIN)\b/);
  });
});

describe('the finding sent', () => {
  const base = {
    kind: 'VIOLATION',
    severity: 'HIGH',
    criterionCode: 'TTHC.1',
    text: '  Hồ sơ trễ hạn  ',
  } as const;

  it('sends an indicator as a reading, without its own period (the server reads the months before the visit)', () => {
    expect(
      findingInputOf('TTHC', { ...base, evidenceKind: 'indicator', indicatorCode: 'ON_TIME_RATE' }),
    ).toEqual({
      areaCode: 'TTHC',
      criterionCode: 'TTHC.1',
      kind: 'VIOLATION',
      severity: 'HIGH',
      text: 'Hồ sơ trễ hạn',
      reading: { indicatorCode: 'ON_TIME_RATE' },
      evidence: undefined,
    });
  });

  it('sends an observed count as evidence, and nothing for no evidence', () => {
    const observed = findingInputOf('TC', {
      ...base,
      evidenceKind: 'observed',
      observedLabel: ' Hồ sơ ',
      observedValue: 0,
    });
    expect(observed.evidence).toEqual([{ label: 'Hồ sơ', value: 0 }]);
    expect(observed.reading).toBeUndefined();
    const none = findingInputOf('TC', {
      ...base,
      evidenceKind: 'none',
      indicatorCode: 'X',
      observedLabel: 'y',
      observedValue: 1,
    });
    expect([none.reading, none.evidence]).toEqual([undefined, undefined]);
  });
});
