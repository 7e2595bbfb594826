import { DomainError } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { clientKeyOf, findingSearchText, resentFinding, searchWords } from './finding-search.js';

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('the search text of a finding', () => {
  it('folds its text and criterion code', () => {
    expect(findingSearchText('Hồ sơ TTHC trễ hẹn, chưa xin lỗi', 'TTHC.3')).toBe(
      'ho so tthc tre hen chua xin loi tthc 3',
    );
    expect(findingSearchText('Đã ban hành  đầy đủ', null)).toBe('da ban hanh day du');
  });
});

describe("a user's search", () => {
  it('is split into folded words, once each', () => {
    expect(searchWords('  Hồ SƠ trễ-hẹn hồ ')).toEqual(['ho', 'so', 'tre', 'hen']);
    expect(searchWords('ho so tre han')).toEqual(['ho', 'so', 'tre', 'han']);
  });

  it('is nothing when absent or without letters or digits', () => {
    expect(searchWords(undefined)).toBeUndefined();
    expect(searchWords(null)).toBeUndefined();
    expect(searchWords(' -,. ')).toBeUndefined();
  });

  it('is refused past 100 characters, naming filter.search', () => {
    expect(searchWords('a'.repeat(100))).toEqual(['a'.repeat(100)]);
    expect(refusal(() => searchWords('a'.repeat(101)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'filter.search' },
    });
  });
});

describe("a finding's client key", () => {
  it('is trimmed, and absent when not given', () => {
    expect(clientKeyOf('  offline-7f3a  ')).toBe('offline-7f3a');
    expect(clientKeyOf(undefined)).toBeUndefined();
    expect(clientKeyOf(null)).toBeUndefined();
    expect(clientKeyOf(` ${'k'.repeat(64)} `)).toBe('k'.repeat(64));
  });

  it.each([
    ['empty', '   '],
    ['longer than 64 characters', 'k'.repeat(65)],
    ['with a control character', 'key\n1'],
  ])('is refused when %s, naming finding.clientKey', (_, key) => {
    expect(refusal(() => clientKeyOf(key))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'finding.clientKey' },
    });
  });

  it('answers the finding written on the same target, and is a CONFLICT on another', () => {
    const written = { id: 'f1', targetId: 't1' };
    expect(resentFinding(written, 't1')).toBe(written);
    expect(refusal(() => resentFinding(written, 't2'))).toMatchObject({
      code: 'CONFLICT',
      details: { field: 'finding.clientKey', id: 'f1' },
    });
  });
});
