import { describe, expect, it } from 'vitest';
import { MEASURE_KEYS, type MeasureKey } from './measures.js';
import { type Score766, score766 } from './score-766.js';
import { GROUPS_766 } from './score-766-catalogue.js';

type Sums = Record<MeasureKey, number>;

const sums = (values: Partial<Sums>): Sums => {
  const all = Object.fromEntries(MEASURE_KEYS.map((key) => [key, 0])) as Sums;
  return { ...all, ...values };
};

const add = (a: Sums, b: Sums): Sums =>
  Object.fromEntries(MEASURE_KEYS.map((key) => [key, a[key] + b[key]])) as Sums;

const group = (score: Score766, code: string) => {
  const found = score.groups.find((g) => g.code === code);
  if (!found) throw new Error(`no group ${code}`);
  return found;
};

const component = (score: Score766, code: string) => {
  const found = score.groups.flatMap((g) => g.components).find((c) => c.code === code);
  if (!found) throw new Error(`no component ${code}`);
  return found;
};

/** Every measured ratio at 100 % (or above its threshold): 3.3 online share 60 % ≥ 50 %. */
const PERFECT = sums({
  receivedDirect: 40,
  receivedOnline: 60,
  resolved: 80,
  resolvedEarly: 30,
  resolvedOnTime: 50,
  pending: 20,
  proceduresAnnounced: 10,
  proceduresPublishedDesk: 10,
  proceduresPublishedWebsite: 10,
  proceduresTotal: 100,
  proceduresFullOnline: 60,
  proceduresPartialOnline: 40,
  dossiersWithFees: 20,
  onlinePayments: 20,
  dossiersDigitised: 100,
  surveyResponses: 50,
  surveySatisfied: 50,
  complaintsReceived: 4,
  complaintsHandledOnTime: 4,
});

describe('score766', () => {
  it('has five groups whose maxima add to 100, each the sum of its components', () => {
    expect(GROUPS_766.map((g) => [g.code, g.maxPoints])).toEqual([
      ['CONG_KHAI_MINH_BACH', 18],
      ['TIEN_DO_KET_QUA', 20],
      ['SO_HOA_HO_SO', 22],
      ['CUNG_CAP_DVC_TRUC_TUYEN', 22],
      ['MUC_DO_HAI_LONG', 18],
    ]);
    expect(GROUPS_766.reduce((total, g) => total + g.maxPoints, 0)).toBe(100);
    for (const g of GROUPS_766) {
      expect(g.components.reduce((total, c) => total + c.maxPoints, 0)).toBe(g.maxPoints);
    }
    const score = score766(PERFECT, 1);
    expect(score.maxTotal).toBe(100);
    expect(score.groups.reduce((total, g) => total + g.maxPoints, 0)).toBe(100);
  });

  it('gives a perfect unit 100, every group and component at its maximum', () => {
    const score = score766(PERFECT, 1);
    expect(score.total).toBe(100);
    for (const g of score.groups) {
      expect(g.points).toBe(g.maxPoints);
      for (const c of g.components) expect(c.points).toBe(c.maxPoints);
    }
    // 1.1, 1.3, 3.2, … have no measure, and several are proxies: the score is flagged approximate.
    expect(score.approximate).toBe(true);
    expect(component(score, '1.1').measurable).toBe(false);
    expect(component(score, '2.1').measurable).toBe(true);
  });

  it('scores a unit with known ratios exactly', () => {
    const score = score766(
      sums({
        receivedDirect: 60,
        receivedOnline: 30,
        receivedPostal: 10, // received 100
        notUpdatedOneStop: 10,
        proceduresAnnounced: 10,
        proceduresPublishedDesk: 8,
        proceduresPublishedWebsite: 6,
        resolved: 80,
        resolvedEarly: 20,
        resolvedOnTime: 52,
        resolvedLate: 8,
        dossiersDigitised: 60,
        proceduresTotal: 100,
        proceduresFullOnline: 40,
        proceduresPartialOnline: 20,
        dossiersWithFees: 20,
        onlinePayments: 18,
        surveyResponses: 50,
        surveySatisfied: 45,
        complaintsReceived: 10,
        complaintsHandledOnTime: 8,
      }),
      1,
    );
    // Công khai (18): 1.2 = 4 × (8+6)/(2×10) = 4 × 0.7 = 2.8; 1.4 = 6 × (100−10)/100 = 5.4.
    // Measured 8.2 of 10 → rate 0.82; 1.1 = 6 × 0.82 = 4.92, 1.3 = 2 × 0.82 = 1.64; group 18 × 0.82 = 14.76.
    expect(component(score, '1.2').points).toBe(2.8);
    expect(component(score, '1.4').points).toBe(5.4);
    expect(component(score, '1.1')).toMatchObject({ points: 4.92, measurable: false });
    expect(component(score, '1.3').points).toBe(1.64);
    expect(group(score, 'CONG_KHAI_MINH_BACH').points).toBe(14.76);
    // Tiến độ (20): (20+52)/80 = 0.9 → 18.
    expect(group(score, 'TIEN_DO_KET_QUA').points).toBe(18);
    // Số hóa (22): 4.2 = 60/100 = 0.6 < 80 % → 4 × 0.6/0.8 = 3; rate 3/4 = 0.75 → 22 × 0.75 = 16.5; 4.1 = 6 × 0.75 = 4.5.
    expect(component(score, '4.2').points).toBe(3);
    expect(component(score, '4.1').points).toBe(4.5);
    expect(group(score, 'SO_HOA_HO_SO').points).toBe(16.5);
    // Trực tuyến (22): 3.1 = (40+20)/100 = 0.6 < 80 % → 2 × 0.6/0.8 = 1.5; 3.3 = 30/100 = 0.3 < 50 % → 6 × 0.3/0.5 = 3.6;
    // 3.6 = 18/20 = 0.9 → 5.4. Measured 10.5 of 14 → rate 0.75 → 3.2 = 3, 3.5 = 1.5, 3.5b = 1.5; group 22 × 0.75 = 16.5.
    expect(component(score, '3.1').points).toBe(1.5);
    expect(component(score, '3.3').points).toBe(3.6);
    expect(component(score, '3.6').points).toBe(5.4);
    expect(component(score, '3.2').points).toBe(3);
    expect(group(score, 'CUNG_CAP_DVC_TRUC_TUYEN').points).toBe(16.5);
    // Hài lòng (18): 5.2 = 8/10 → 4.8; 5.3 (proxy, same ratio) → 4.8;
    // 5.4 = 1 − 8/80 − (50−45)/50 = 0.8 < 90 % → 6 × 0.8/0.9 = 5.3333…; group 14.9333… → 14.93.
    expect(component(score, '5.4').points).toBe(5.33);
    expect(group(score, 'MUC_DO_HAI_LONG').points).toBe(14.93);
    // Total: 14.76 + 18 + 16.5 + 16.5 + 14.9333… = 80.6933… → 80.69.
    expect(score.total).toBe(80.69);
  });

  it('scores the sums of two months, not the mean of the monthly scores', () => {
    const monthA = { ...PERFECT, resolved: 10, resolvedEarly: 0, resolvedOnTime: 10, resolvedLate: 0 };
    const monthB = { ...PERFECT, resolved: 90, resolvedEarly: 0, resolvedOnTime: 45, resolvedLate: 45 };
    // A: everything at 100 % → 100.
    const a = score766(monthA, 1);
    expect(a.total).toBe(100);
    // B: tiến độ 45/90 = 0.5 → 10; 5.4 = 1 − 45/90 − 0 = 0.5 → 6 × 0.5/0.9 = 3.3333…;
    // total 18 + 10 + 22 + 22 + (6 + 6 + 3.3333…) = 87.3333… → 87.33.
    const b = score766(monthB, 1);
    expect(b.total).toBe(87.33);
    // Sums: tiến độ 55/100 = 0.55 → 11; 5.4 = 1 − 45/100 = 0.55 → 6 × 0.55/0.9 = 3.6667;
    // total 18 + 11 + 22 + 22 + 15.6667 = 88.6667 → 88.67. The mean of the two monthly totals is (100 + 87.33)/2 = 93.665.
    const both = score766(add(monthA, monthB), 2);
    expect(group(both, 'TIEN_DO_KET_QUA').points).toBe(11);
    expect(both.total).toBe(88.67);
    expect((a.total + b.total) / 2).toBeCloseTo(93.665, 6);
    expect(both.total).not.toBeCloseTo((a.total + b.total) / 2, 0);
  });

  describe('zero denominators (N/A → excluded, points rescaled)', () => {
    it('imputes components without data at their group’s measured rate', () => {
      // No complaints: 5.2 and 5.3 are N/A. 5.4 = 1 − 0 − (50−40)/50 = 0.8 → 6 × 0.8/0.9 = 5.3333…,
      // rate 5.3333/6 = 0.8889 → 5.2 = 5.3 = 5.33; group 18 × 0.8889 = 16; total 18+20+22+22+16 = 98.
      const score = score766(
        { ...PERFECT, complaintsReceived: 0, complaintsHandledOnTime: 0, surveySatisfied: 40 },
        1,
      );
      expect(component(score, '5.2')).toMatchObject({ points: 5.33, measurable: false });
      expect(component(score, '5.3')).toMatchObject({ points: 5.33, measurable: false });
      expect(group(score, 'MUC_DO_HAI_LONG').points).toBe(16);
      expect(score.total).toBe(98);
    });

    it('imputes a group without data at the rate of the measured groups', () => {
      // No resolved dossiers: tiến độ is N/A (5.4 keeps its survey part: 1 − 0 = 1 → 6).
      // Online payments 10/20 = 0.5 → 3.6 = 3; trực tuyến measured 2 + 6 + 3 = 11 of 14 → 22 × 11/14 = 17.2857.
      // Measured groups 18 + 17.2857 + 22 + 18 = 75.2857 of 80 → tiến độ 20 × 75.2857/80 = 18.8214 → 18.82;
      // total 94.1071 → 94.11.
      const score = score766(
        { ...PERFECT, resolved: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, onlinePayments: 10 },
        1,
      );
      expect(component(score, '2.1')).toMatchObject({ points: 18.82, measurable: false });
      expect(group(score, 'TIEN_DO_KET_QUA').points).toBe(18.82);
      expect(group(score, 'CUNG_CAP_DVC_TRUC_TUYEN').points).toBe(17.29);
      expect(score.total).toBe(94.11);
    });

    it('scores 0 when nothing can be measured', () => {
      for (const score of [score766(sums({}), 1), score766(PERFECT, 0)]) {
        expect(score.total).toBe(0);
        expect(score.approximate).toBe(true);
        for (const g of score.groups) {
          expect(g.points).toBe(0);
          for (const c of g.components) expect(c).toMatchObject({ points: 0, measurable: false });
        }
      }
    });
  });
});
