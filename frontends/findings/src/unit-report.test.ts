import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { attachmentOf, awaitsReport, fileSizeText, latestReportOn, reportInputOf } from './unit-report.js';

describe('the progress report sent', () => {
  it('sends the date, the text trimmed, and each picked file as its name, type and size only', () => {
    expect(
      reportInputOf({
        reportedOn: dayjs('2026-11-20'),
        text: '  Đã niêm yết đầy đủ thủ tục hành chính.  ',
        files: [{ name: 'bien-ban-khac-phuc.pdf', type: 'application/pdf', size: 245_760 }],
      }),
    ).toEqual({
      reportedOn: '2026-11-20',
      text: 'Đã niêm yết đầy đủ thủ tục hành chính.',
      attachments: [{ fileName: 'bien-ban-khac-phuc.pdf', mediaType: 'application/pdf', sizeBytes: 245_760 }],
    });
  });

  it('sends no attachment when no file was picked', () => {
    expect(reportInputOf({ reportedOn: dayjs('2026-11-20'), text: 'Đã khắc phục xong' }).attachments).toEqual(
      [],
    );
  });

  it('names a file the browser could not type as plain bytes, as the API requires a media type', () => {
    expect(attachmentOf({ name: 'so-lieu.xyz', type: '', size: 10 }).mediaType).toBe(
      'application/octet-stream',
    );
    expect(attachmentOf({ name: 'a', type: 'not a type' }).mediaType).toBe('application/octet-stream');
    expect(attachmentOf({ name: 'a' }).sizeBytes).toBe(0);
    expect(
      attachmentOf({
        name: 'bao-cao.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }).mediaType,
    ).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});

describe('what the unit sees of its reports', () => {
  it('shows file sizes as people read them, numbers the Vietnamese way', () => {
    expect(fileSizeText(12)).toBe('12 B');
    expect(fileSizeText(245_760)).toBe('240 KB');
    expect(fileSizeText(1_572_864)).toBe('1,5 MB');
  });

  it('dates an action by its latest report, whatever the order they come in', () => {
    expect(latestReportOn([{ reportedOn: '2021-03-02' }, { reportedOn: '2021-01-15' }])).toBe('2021-03-02');
    expect(latestReportOn([])).toBeUndefined();
  });

  it('lets the unit report until the inspectors verify the action', () => {
    expect(['OPEN', 'OVERDUE', 'REPORTED', 'VERIFIED'].filter((s) => awaitsReport(s as never))).toEqual([
      'OPEN',
      'OVERDUE',
      'REPORTED',
    ]);
  });
});
