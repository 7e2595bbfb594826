import { MockedProvider } from '@apollo/client/testing/react';
import { addMessages, i18n } from '@cchc/web-shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsMessages } from './messages.js';
import { FindingsQuery, IndicatorCatalogQuery } from './operations.js';
import { FindingsReview } from './review.js';
import { findingPath } from './routes.js';

beforeAll(() => addMessages('findings', findingsMessages));

const UNIT = { __typename: 'Unit', id: 'u1', name: 'Huyện Hòn Đất' };
const AREA = {
  __typename: 'ContentArea',
  id: 'a1',
  code: 'TTHC',
  nameVi: 'Thủ tục hành chính',
  nameEn: 'Procedures',
};
const FINDING = {
  __typename: 'Finding',
  id: 'f1',
  kind: 'LIMITATION',
  severity: 'MEDIUM',
  text: 'Vẫn còn hồ sơ trễ hẹn',
  verdict: 'NOT_MEASURED',
  status: 'OPEN',
  evidenceReading: null,
  evidence: [],
  unit: UNIT,
  area: AREA,
  criterion: null,
};

type Variables = {
  filter: { search?: string | null; statuses?: string[] | null };
  orderBy: string;
  after: string | null;
};

/** Renders the review over a fake server: a search of "khong co" finds nothing, anything else the one finding. */
function renderReview() {
  const asked: Variables[] = [];
  const page = (nodes: unknown[]) => ({
    data: {
      __typename: 'Query',
      findings: {
        __typename: 'FindingConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes,
      },
    },
  });
  const mocks = [
    {
      request: { query: FindingsQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: Variables) => {
        asked.push(variables);
        return page(variables.filter.search === 'khong co' ? [] : [FINDING]);
      },
    },
    {
      request: { query: IndicatorCatalogQuery },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { __typename: 'Query', indicatorCatalog: [] } },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <I18nextProvider i18n={i18n}>
        <FindingsReview planId="p1" units={[UNIT]} areas={[AREA]} />
      </I18nextProvider>
    </MockedProvider>,
  );
  return asked;
}

describe('the review of findings', () => {
  it('opens each finding on its own page', async () => {
    renderReview();
    const link = await screen.findByRole('link', { name: FINDING.text });
    expect(link.getAttribute('href')).toBe(findingPath('f1'));
  });

  it('sends the typed words once typing pauses, from the first page, newest first', async () => {
    const asked = renderReview();
    await screen.findByRole('link', { name: FINDING.text });
    fireEvent.change(screen.getByLabelText('Tìm trong nội dung'), { target: { value: '  hồ sơ trễ ' } });
    await waitFor(() => expect(asked.at(-1)?.filter.search).toBe('hồ sơ trễ'));
    expect(asked.at(-1)).toMatchObject({ orderBy: 'NEWEST', after: null });
    expect(asked.filter((variables) => variables.filter.search === 'hồ sơ')).toEqual([]);
  });

  it('says which filters hide every row, and clears them', async () => {
    const asked = renderReview();
    await screen.findByRole('link', { name: FINDING.text });
    fireEvent.change(screen.getByLabelText('Tìm trong nội dung'), { target: { value: 'khong co' } });
    const hidden = await screen.findByTestId('findings-review-hidden');
    expect(hidden.textContent).toContain('Không có kết quả nào khớp bộ lọc: nội dung có “khong co”');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await screen.findByRole('link', { name: FINDING.text });
    // The first page without filters may show from the cache before it is asked again.
    await waitFor(() => expect(asked.at(-1)?.filter.search).toBeNull());
    expect((screen.getByLabelText('Tìm trong nội dung') as HTMLInputElement).value).toBe('');
  });
});
