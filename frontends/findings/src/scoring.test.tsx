import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { addMessages } from '@cchc/web-shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { findingsMessages } from './messages.js';
import { IndicatorCatalogQuery } from './operations.js';
import { ScoringSection } from './scoring.js';
import { SaveAssessmentMutation, ScoringQuery } from './scoring.operations.js';

addMessages('findings', findingsMessages);

const criterion = (id: string, maxPoints: number, subCriteria: unknown[] = []) => ({
  __typename: 'Criterion',
  id,
  code: id,
  nameVi: `Tiêu chí ${id}`,
  nameEn: `Criterion ${id}`,
  maxPoints,
  subCriteria,
});
const grade = (classification: string, minPercent: number, nameVi: string) => ({
  __typename: 'ClassificationThreshold',
  classification,
  minPercent,
  nameVi,
  nameEn: classification,
});
const score = (id: string, points: number, prefilled = false) => ({
  __typename: 'CriterionScore',
  criterion: { __typename: 'Criterion', id },
  points,
  comment: prefilled ? null : `Nhận xét ${id}`,
  prefilled,
  reading: prefilled ? { __typename: 'EvidenceReading', indicatorCode: 'ON_TIME_RATE', value: 0.9 } : null,
});

/** A2 has two sub-criteria; B1 is proposed from the unit's on-time rate, not yet the team's. */
const assessment = (version: number, a1: number) => ({
  __typename: 'UnitAssessment',
  version,
  total: a1 + 2.5,
  maxTotal: 10,
  classification: 'WEAK',
  rank: 3,
  scores: [score('A1', a1), score('A2.1', 1), score('A2.2', 1.5), score('B1', 2.5, true)],
});

const planAt = (version: number, a1: number): MockedResponse => ({
  request: { query: ScoringQuery, variables: { planId: 'p' } },
  result: {
    data: {
      __typename: 'Query',
      inspectionPlan: {
        __typename: 'InspectionPlan',
        id: 'p',
        catalog: {
          __typename: 'CriteriaCatalog',
          id: 'c',
          classificationThresholds: [
            grade('GOOD', 90, 'Tốt'),
            grade('FAIR', 70, 'Khá'),
            grade('AVERAGE', 50, 'Trung bình'),
            grade('WEAK', 0, 'Yếu'),
          ],
          areas: [
            {
              __typename: 'ContentArea',
              id: 'a',
              code: 'A',
              nameVi: 'Lĩnh vực A',
              nameEn: 'Area A',
              criteria: [
                criterion('A1', 2),
                criterion('A2', 3, [criterion('A2.1', 1.5), criterion('A2.2', 1.5)]),
              ],
            },
            {
              __typename: 'ContentArea',
              id: 'b',
              code: 'B',
              nameVi: 'Lĩnh vực B',
              nameEn: 'Area B',
              criteria: [criterion('B1', 5)],
            },
          ],
        },
        targets: [{ __typename: 'InspectionTarget', id: 't', assessment: assessment(version, a1) }],
      },
    },
  },
});

const catalog: MockedResponse = {
  request: { query: IndicatorCatalogQuery },
  result: {
    data: {
      __typename: 'Query',
      indicatorCatalog: [
        {
          __typename: 'IndicatorDefinition',
          code: 'ON_TIME_RATE',
          nameVi: 'Tỷ lệ hồ sơ đúng hạn',
          nameEn: 'On time',
          valueUnit: 'RATIO',
          areaCode: 'B',
          direction: 'HIGHER_IS_BETTER',
          target: 0.95,
          warning: 0.85,
        },
      ],
    },
  },
  maxUsageCount: 10,
};

const saving = (version: number, answer: () => object): MockedResponse => ({
  request: {
    query: SaveAssessmentMutation,
    variables: {
      input: {
        targetId: 't',
        version,
        scores: [
          { criterionId: 'A1', points: 0.5, comment: 'Nhận xét A1' },
          { criterionId: 'B1', points: 4.5, comment: null },
        ],
      },
    },
  },
  result: answer,
});

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('scoring a unit', () => {
  it('totals and grades what is typed, refuses points past the maximum next to the criterion, and after a conflict keeps the typed points', async () => {
    const conflict = vi.fn(() => ({
      errors: [new GraphQLError('changed by someone else', { extensions: { code: 'CONFLICT' } })],
    }));
    const saved = vi.fn(() => ({ data: { __typename: 'Mutation', saveAssessment: assessment(3, 0.5) } }));
    render(
      <MockedProvider
        mocks={[planAt(1, 2), catalog, saving(1, conflict), planAt(2, 1.5), saving(2, saved), planAt(3, 0.5)]}
      >
        <ScoringSection planId="p" targetId="t" />
      </MockedProvider>,
    );
    const total = await screen.findByTestId('scoring-total');
    const classification = screen.getByTestId('scoring-classification');
    // 2 + 1 + 1.5 and the proposal 2.5: 7 of 10, 70 %.
    expect(total.textContent).toBe('7 / 10 điểm');
    expect(classification.textContent).toBe('Khá');
    expect(within(screen.getByTestId('score-B1')).getByText('Đề xuất từ số liệu')).toBeTruthy();
    await screen.findByText(/Đề xuất từ Tỷ lệ hồ sơ đúng hạn: 90%/);

    type('A1 Tiêu chí A1', '0,5');
    await waitFor(() => expect(total.textContent).toBe('5,5 / 10 điểm'));
    expect(classification.textContent).toBe('Trung bình');
    expect(within(screen.getByTestId('score-area-A')).getByTestId('area-subtotal').textContent).toBe(
      '3 / 5 điểm',
    );

    type('B1 Tiêu chí B1', '6');
    await within(screen.getByTestId('score-B1')).findByText('Điểm từ 0 đến 5, tối đa hai chữ số thập phân');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu điểm' }));
    type('B1 Tiêu chí B1', '4,5');
    await waitFor(() => expect(total.textContent).toBe('7,5 / 10 điểm'));
    expect(classification.textContent).toBe('Khá');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu điểm' }));
    await waitFor(() => expect(conflict).toHaveBeenCalled());
    // Someone else gave A1 1.5 meanwhile: reloading reads their points and version, and keeps the typed ones.
    fireEvent.click(await screen.findByRole('button', { name: 'Tải lại' }));
    await within(screen.getByTestId('score-A1')).findByText(/Đã lưu: 1,5/);
    expect((screen.getByLabelText('A1 Tiêu chí A1') as HTMLInputElement).value).toBe('0,5');
    // (happy-dom runs no CSS transitions: the spinner of the first save stays in the button's name.)
    fireEvent.click(await screen.findByRole('button', { name: /Lưu điểm/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    await waitFor(() => expect(within(screen.getByTestId('score-A1')).queryByText(/Đã lưu/)).toBeNull());
    expect(total.textContent).toBe('7,5 / 10 điểm');
  }, 60_000);
});
