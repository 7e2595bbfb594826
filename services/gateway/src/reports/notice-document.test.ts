import { describe, expect, it } from 'vitest';
import { noticeDocument } from './notice-document.js';
import { docxParagraphs, headingParagraphs, noticeReport, TEXTS } from './test-report.js';

describe('a unit’s conclusion notice', () => {
  it('is issued by the inspection team under the province, with its number and date', async () => {
    const paragraphs = await docxParagraphs(await noticeDocument(noticeReport()));
    expect(paragraphs.slice(0, 8)).toEqual(headingParagraphs('ĐOÀN KIỂM TRA CCHC', 'Số: 10/TB-ĐKT'));
    expect(paragraphs).toContain(
      'Kết luận kiểm tra công tác cải cách hành chính năm 2020 tại UBND huyện Hòn Đất',
    );
  });

  it('states strengths, limitations, score and grade, and the actions required with their deadlines', async () => {
    const paragraphs = (await docxParagraphs(await noticeDocument(noticeReport()))).filter(Boolean);
    const from = paragraphs.indexOf('1. Ưu điểm');
    expect(paragraphs.slice(from, paragraphs.indexOf('Nơi nhận:'))).toEqual([
      '1. Ưu điểm',
      '- Đã ban hành khá đầy đủ các văn bản chỉ đạo, điều hành.',
      '2. Tồn tại, hạn chế',
      `- ${TEXTS.plans}`,
      `- ${TEXTS.oneStop}`,
      '3. Kết quả chấm điểm, xếp loại',
      'Tổng điểm đạt 82/100 điểm; xếp loại Khá; xếp thứ 2/2 đơn vị được kiểm tra.',
      '4. Yêu cầu khắc phục',
      'STT',
      'Nội dung khắc phục',
      'Thời hạn',
      'Trách nhiệm thực hiện',
      '1',
      'Cập nhật phần mềm một cửa.',
      '31/03/2021',
      'UBND huyện Hòn Đất',
      '(Chủ tịch UBND huyện)',
    ]);
  });

  it('says so when there is nothing to state', async () => {
    const report = noticeReport();
    report.notice = { ...report.notice, strengths: [], actions: [], classification: null };
    report.rank = null;
    const paragraphs = await docxParagraphs(await noticeDocument(report));
    expect(paragraphs.filter((p) => p === 'Không có.')).toHaveLength(2);
    expect(paragraphs).toContain('Tổng điểm đạt 82/100 điểm; chưa xếp loại.');
  });
});
