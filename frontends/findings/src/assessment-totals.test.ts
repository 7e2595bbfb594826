import { describe, expect, it } from 'vitest';
import { assessmentTotals, classificationName, classify, type Threshold } from './assessment-totals.js';

/** The 2020 catalogue's grades. */
const THRESHOLDS: Threshold[] = [
  { classification: 'FAIR', minPercent: 70, nameVi: 'Khá', nameEn: 'Fair' },
  { classification: 'GOOD', minPercent: 90, nameVi: 'Tốt', nameEn: 'Good' },
  { classification: 'WEAK', minPercent: 0, nameVi: 'Yếu', nameEn: 'Weak' },
  { classification: 'AVERAGE', minPercent: 50, nameVi: 'Trung bình', nameEn: 'Average' },
];

/** Area A: a criterion of 2 and one of two sub-criteria (1.5 + 1.5); area B: one of 5. */
const AREAS = [
  {
    code: 'A',
    criteria: [
      { id: 'a1', maxPoints: 2, subCriteria: [] },
      {
        id: 'a2',
        maxPoints: 3,
        subCriteria: [
          { id: 'a2.1', maxPoints: 1.5 },
          { id: 'a2.2', maxPoints: 1.5 },
        ],
      },
    ],
  },
  { code: 'B', criteria: [{ id: 'b1', maxPoints: 5, subCriteria: [] }] },
];

describe('the grade a total earns', () => {
  it.each([
    [90, 100, 'GOOD'],
    [89.99, 100, 'FAIR'],
    [70, 100, 'FAIR'],
    [35, 70, 'AVERAGE'],
    [49.99, 100, 'WEAK'],
    [0, 100, 'WEAK'],
    [0, 0, null],
  ])('%s of %s points is %s, whatever order the catalogue lists its grades in', (total, max, grade) => {
    expect(classify(total, max, THRESHOLDS)).toBe(grade);
  });

  it('is rounded to two decimals of a percent as the province publishes it', () => {
    // 8.9995 / 10 = 89.995 % → 90 %.
    expect(classify(8.9995, 10, THRESHOLDS)).toBe('GOOD');
  });

  it('none when the catalogue states no threshold the total reaches', () => {
    expect(classify(40, 100, THRESHOLDS.slice(0, 2))).toBeNull();
  });
});

describe('the totals as the team types', () => {
  it.each([
    { points: {}, areas: [0, 0], total: 0, grade: null },
    { points: { a1: null, b1: undefined }, areas: [0, 0], total: 0, grade: null },
    { points: { a1: 2, 'a2.1': 1.5, 'a2.2': 1.5, b1: 5 }, areas: [5, 5], total: 10, grade: 'GOOD' },
    { points: { a1: 1.25, 'a2.1': 0.5, b1: 4 }, areas: [1.75, 4], total: 5.75, grade: 'AVERAGE' },
    { points: { 'a2.2': 0 }, areas: [0, 0], total: 0, grade: 'WEAK' },
    { points: { a1: 0.1, 'a2.1': 0.2 }, areas: [0.3, 0], total: 0.3, grade: 'WEAK' },
  ])('$points: areas $areas, total $total of 10, $grade', ({ points, areas, total, grade }) => {
    const totals = assessmentTotals(AREAS, points, THRESHOLDS);
    expect(totals.areas).toEqual([
      { code: 'A', score: areas[0], maxScore: 5 },
      { code: 'B', score: areas[1], maxScore: 5 },
    ]);
    expect(totals).toMatchObject({ total, maxTotal: 10, classification: grade });
  });

  it('counts sub-criteria, never their parent’s own points', () => {
    expect(assessmentTotals(AREAS, { a2: 3 }, THRESHOLDS).total).toBe(0);
  });
});

describe('a grade in words', () => {
  it('is the catalogue’s, in the user’s language', () => {
    expect(classificationName(THRESHOLDS, 'AVERAGE', 'vi')).toBe('Trung bình');
    expect(classificationName(THRESHOLDS, 'GOOD', 'en')).toBe('Good');
    expect(classificationName(THRESHOLDS, null, 'vi')).toBeNull();
  });
});
