import { MockedProvider } from '@apollo/client/testing/react';
import { addMessages } from '@cchc/web-shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import type { UnitSideActionFragment as Action } from './generated/graphql.js';
import { findingsMessages } from './messages.js';
import { UnitReportDialog } from './unit-report-dialog.js';
import { UnitSideReportMutation } from './unit-side.operations.js';

addMessages('findings', findingsMessages);

const action: Action = {
  __typename: 'CorrectiveAction',
  id: 'a1',
  version: 3,
  requiredAction: 'Cập nhật hồ sơ trễ hạn trên hệ thống một cửa điện tử',
  deadline: '2021-03-31',
  status: 'OVERDUE',
  verifiedOn: null,
  verificationNote: null,
  responsibleUnit: { __typename: 'Unit', id: 'u1', fullName: 'Huyện Hòn Đất' },
  finding: {
    __typename: 'Finding',
    id: 'f1',
    text: 'Phát sinh hồ sơ trễ hạn',
    area: {
      __typename: 'ContentArea',
      id: 'ar1',
      nameVi: 'Cải cách thủ tục hành chính',
      nameEn: 'Procedures',
    },
    plan: { __typename: 'InspectionPlan', id: 'p1', title: 'Kế hoạch kiểm tra CCHC năm 2020' },
  },
  reports: [],
};

const TEXT = 'Đã cập nhật toàn bộ hồ sơ trễ hạn lên hệ thống.';

/** The mutation answered CONFLICT for a stale version, and accepted for the current one. */
function reportMocks(sent: (version: number) => void) {
  return [3, 4].map((version) => ({
    request: { query: UnitSideReportMutation, variables: (v: { version: number }) => v.version === version },
    maxUsageCount: 5,
    result: (variables: { version: number; report: { text: string } }) => {
      sent(variables.version);
      if (version === 3)
        return { errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT' } }] } as never;
      return {
        data: {
          reportOnCorrectiveAction: { ...action, version: 5, status: 'REPORTED', reports: [] },
        },
      };
    },
  }));
}

function renderDialog(
  props: { action: Action; onReload(): void; onClose(sent: boolean): void },
  sent = vi.fn(),
) {
  const tree = (current: Action) => (
    <MockedProvider mocks={reportMocks(sent)}>
      <App>
        <UnitReportDialog {...props} action={current} />
      </App>
    </MockedProvider>
  );
  const view = render(tree(props.action));
  return { ...view, rerenderWith: (next: Action) => view.rerender(tree(next)) };
}

describe('the progress report dialog', () => {
  it('refuses an empty report next to its field and sends nothing', async () => {
    const sent = vi.fn();
    renderDialog({ action, onReload: vi.fn(), onClose: vi.fn() }, sent);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    await screen.findByText('Nêu kết quả đã thực hiện (ít nhất 10 ký tự)');
    expect(sent).not.toHaveBeenCalled();
  });

  it('on a conflict reloads the action and keeps the text, then sends it with the new version', async () => {
    const sent = vi.fn();
    const onReload = vi.fn();
    const onClose = vi.fn();
    const { rerenderWith } = renderDialog({ action, onReload, onClose }, sent);
    fireEvent.change(screen.getByLabelText('Kết quả đã thực hiện'), { target: { value: TEXT } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    await screen.findByText('Người khác vừa thay đổi nội dung này — hãy tải lại để xem bản mới nhất');
    expect(sent).toHaveBeenLastCalledWith(3);
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledOnce();
    // The list refetched: the dialog now holds the action as it stands, a report of someone else included.
    const reported: Action = {
      ...action,
      version: 4,
      status: 'REPORTED',
      reports: [
        {
          __typename: 'ActionReport',
          id: 'r1',
          reportedOn: '2021-03-20',
          text: 'Đang cập nhật',
          author: 'hondat2',
          attachments: [
            {
              __typename: 'Attachment',
              fileName: 'danh-sach.xlsx',
              mediaType: 'application/x',
              sizeBytes: 2048,
            },
          ],
        },
      ],
    };
    act(() => rerenderWith(reported));
    expect(screen.getByTestId('earlier-reports').textContent).toContain('danh-sach.xlsx (2 KB)');
    expect((screen.getByLabelText('Kết quả đã thực hiện') as HTMLTextAreaElement).value).toBe(TEXT);
    // (The button keeps its spinner's icon while the spinner fades out, which happy-dom never ends.)
    fireEvent.click(screen.getByRole('button', { name: /Gửi báo cáo/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(sent).toHaveBeenLastCalledWith(4);
  });
});
