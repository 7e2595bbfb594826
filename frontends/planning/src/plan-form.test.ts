import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { inputOf } from './plan-form.js';

describe('inputOf', () => {
  it('sends dates as the API takes them, trimmed text and nulls for what was left empty', () => {
    expect(
      inputOf({
        year: 2022,
        title: '  Kế hoạch kiểm tra CCHC năm 2022 ',
        decisionNumber: ' ',
        periodFrom: dayjs('2022-03-14'),
        periodTo: dayjs('2022-03-25'),
        leadUnitId: 'snv',
        catalogYear: 2020,
      }),
    ).toEqual({
      year: 2022,
      title: 'Kế hoạch kiểm tra CCHC năm 2022',
      decisionNumber: null,
      decisionDate: null,
      periodFrom: '2022-03-14',
      periodTo: '2022-03-25',
      leadUnitId: 'snv',
      scope: null,
      catalogYear: 2020,
    });
  });
});
