import { describe, expect, it } from 'vitest';
import { assertScoresValid, assessmentTotals, competitionRanks, maxPointsOf } from './assessment.js';
import { Classification, classify } from './classification.js';

const THRESHOLDS = [
  { classification: Classification.GOOD, minPercent: 90, nameVi: 'Tốt', nameEn: 'Good' },
  { classification: Classification.FAIR, minPercent: 70, nameVi: 'Khá', nameEn: 'Fair' },
  { classification: Classification.AVERAGE, minPercent: 50, nameVi: 'Trung bình', nameEn: 'Average' },
  { classification: Classification.WEAK, minPercent: 0, nameVi: 'Yếu', nameEn: 'Weak' },
];

describe('classify', () => {
  it.each([
    [90, 100, Classification.GOOD],
    [89.99, 100, Classification.FAIR],
    [70, 100, Classification.FAIR],
    [35, 70, Classification.AVERAGE],
    [49.5, 100, Classification.WEAK],
    [0, 100, Classification.WEAK],
    [0, 0, null],
  ])('%s of %s points is %s', (total, max, expected) => {
    expect(classify(total, max, THRESHOLDS)).toBe(expected);
  });

  it('gives no grade when the catalog states none the total reaches', () => {
    expect(classify(40, 100, THRESHOLDS.slice(0, 3))).toBeNull();
  });
});

describe('assessmentTotals', () => {
  const criteria = [
    { id: 'a1', areaCode: 'A', maxPoints: 2 },
    { id: 'a2', areaCode: 'A', maxPoints: 1.5 },
    { id: 'b1', areaCode: 'B', maxPoints: 3 },
  ];
  it.each([
    { points: {}, areas: [0, 0], total: 0, classification: null },
    { points: { a1: 2, a2: 1.5, b1: 3 }, areas: [3.5, 3], total: 6.5, classification: Classification.GOOD },
    {
      points: { a1: 1, a2: 0.5, b1: 2.5 },
      areas: [1.5, 2.5],
      total: 4,
      classification: Classification.AVERAGE,
    },
    { points: { a1: 0.25 }, areas: [0.25, 0], total: 0.25, classification: Classification.WEAK },
  ])('sums $points per area and overall, out of the catalog maximum', (row) => {
    const totals = assessmentTotals(['A', 'B'], criteria, new Map(Object.entries(row.points)), THRESHOLDS);
    expect(totals.areas.map((a) => a.score)).toEqual(row.areas);
    expect(totals.areas.map((a) => a.maxScore)).toEqual([3.5, 3]);
    expect(totals).toMatchObject({ total: row.total, maxTotal: 6.5, classification: row.classification });
  });
});

describe('maxPointsOf', () => {
  const parent = { id: 'TTHC.3', maxPoints: 0 };
  it("is a criterion's own maximum when it has no sub-criteria", () => {
    expect(maxPointsOf({ id: 'TTHC.1', maxPoints: 2.5 }, [{ parentId: null, maxPoints: 4 }])).toBe(2.5);
  });

  it('is the sum of its sub-criteria’s when it has some', () => {
    const criteria = [
      { parentId: 'TTHC.3', maxPoints: 0.5 },
      { parentId: 'TTHC.3', maxPoints: 0.25 },
      { parentId: 'TTHC.4', maxPoints: 3 },
      { parentId: 'TTHC.3', maxPoints: 1.75 },
    ];
    expect(maxPointsOf(parent, criteria)).toBe(2.5);
  });
});

describe('competitionRanks', () => {
  it.each([
    { values: [5, 9, 7], ranks: [3, 1, 2] },
    { values: [8, 8, 3, 9], ranks: [2, 2, 4, 1] },
    { values: [1, 1, 1], ranks: [1, 1, 1] },
    { values: [], ranks: [] },
  ])('ranks $values as $ranks (ties share, the next skips)', ({ values, ranks }) => {
    const result = competitionRanks(values.map((value, key) => ({ key, value })));
    expect(values.map((_, key) => result.get(key))).toEqual(ranks);
  });
});

describe('assertScoresValid', () => {
  const scorable = new Map([['c1', { id: 'c1', areaCode: 'A', maxPoints: 2 }]]);
  it.each([
    { scores: [{ criterionId: 'c1', points: 2 }], field: null },
    { scores: [{ criterionId: 'c1', points: 0 }], field: null },
    { scores: [{ criterionId: 'c1', points: 2.5 }], field: 'scores[0].points' },
    { scores: [{ criterionId: 'c1', points: -1 }], field: 'scores[0].points' },
    { scores: [{ criterionId: 'c1', points: 1.255 }], field: 'scores[0].points' },
    { scores: [{ criterionId: 'zz', points: 1 }], field: 'scores[0].criterionId' },
    {
      scores: [
        { criterionId: 'c1', points: 1 },
        { criterionId: 'c1', points: 1 },
      ],
      field: 'scores[1].criterionId',
    },
  ])('$scores → $field', ({ scores, field }) => {
    const check = () => assertScoresValid(scores, scorable);
    if (field === null) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ details: { field } }));
  });
});
