import { describe, expect, it } from 'vitest';
import { reportDocument } from './report-document.js';
import { docxParagraphs, headingParagraphs, planReport, TEXTS } from './test-report.js';

/** A finding's text as a list item ends with its units, not its own full stop. */
const item = (text: string, units: string) => `- ${text.replace(/\.$/, '')} (${units}).`;

/** The index of the first paragraph that starts with a text; fails the test when there is none. */
function at(paragraphs: string[], start: string, from = 0): number {
  const index = paragraphs.findIndex((p, i) => i >= from && p.startsWith(start));
  if (index < 0) throw new Error(`No paragraph starts with "${start}"`);
  return index;
}

describe('the report of results', () => {
  it('has the national heading, the issuing agency and the seed’s sections in order', async () => {
    const paragraphs = await docxParagraphs(await reportDocument(planReport()));
    expect(paragraphs.slice(0, 8)).toEqual(headingParagraphs('SỞ NỘI VỤ', 'Số:         /BC-SNV'));
    expect(paragraphs).not.toContain('DỰ THẢO');
    const order = [
      'BÁO CÁO',
      'Kết quả kiểm tra công tác cải cách hành chính năm 2020',
      'I. THỜI GIAN, ĐƠN VỊ VÀ NỘI DUNG KIỂM TRA',
      'II. KẾT QUẢ KIỂM TRA',
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế',
      '3. Chấm điểm, xếp loại các đơn vị được kiểm tra',
      'III. KIẾN NGHỊ',
      'Nơi nhận:',
    ].map((title) => paragraphs.indexOf(title));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says when and whom it inspected, and on what', async () => {
    const paragraphs = await docxParagraphs(await reportDocument(planReport()));
    const inspected = paragraphs.slice(at(paragraphs, 'I. '), at(paragraphs, 'II. ')).join('\n');
    expect(inspected).toContain('từ ngày 19/10/2020 đến ngày 02/11/2020');
    expect(inspected).toContain('02 đơn vị và 01 xã, phường, thị trấn');
    expect(inspected).toContain('- 01 sở, ban, ngành cấp tỉnh: Sở Tài chính;');
    expect(inspected).toContain('- 01 UBND cấp huyện: UBND huyện Hòn Đất;');
    expect(inspected).toContain(
      '01 xã, phường, thị trấn thuộc 01 đơn vị nêu trên: UBND thị trấn Hòn Đất (huyện Hòn Đất).',
    );
    expect(inspected).toContain(
      'công tác chỉ đạo, điều hành CCHC; cải cách thể chế; cải cách thủ tục hành chính; hiện đại hóa hành chính.',
    );
  });

  it('groups limitations as the seed does, each text once with its units and the figures behind it', async () => {
    const paragraphs = await docxParagraphs(await reportDocument(planReport()));
    const start = at(paragraphs, '2. Tồn tại, hạn chế');
    const limitations = paragraphs.slice(start, at(paragraphs, '3. Chấm điểm', start));
    expect(limitations.filter((p) => /^[a-zđ]\) /.test(p))).toEqual([
      'a) Công tác chỉ đạo, điều hành',
      'b) Thủ tục hành chính và cơ chế một cửa, một cửa liên thông',
      'c) Thủ tục hành chính liên thông (3 trong 1)',
      'd) Lưu trữ hồ sơ thủ tục hành chính',
      'đ) Các nội dung khác',
    ]);
    const section = (letter: string) => {
      const from = at(limitations, `${letter}) `);
      const next = limitations.findIndex((p, i) => i > from && /^[a-zđ]\) /.test(p));
      return limitations.slice(from, next < 0 ? undefined : next);
    };
    // The same text at two units is told once, naming both in the plan's order.
    expect(section('a')).toContain(item(TEXTS.plans, 'Sở Tài chính, UBND huyện Hòn Đất'));
    expect(section('b')).toEqual(
      expect.arrayContaining([
        item(TEXTS.oneStop, 'UBND huyện Hòn Đất'),
        'UBND huyện Hòn Đất',
        'Tỷ lệ hồ sơ được cập nhật một cửa',
        '82,5%',
        '10/2019 – 09/2020',
      ]),
    );
    expect(section('c')).toEqual(expect.arrayContaining(['UBND thị trấn Hòn Đất', '36,2%']));
    expect(section('d')).toEqual(expect.arrayContaining(['5 hồ sơ', 'Đoàn kiểm tra ghi nhận']));
    expect(section('đ')).toEqual(
      expect.arrayContaining(['Cải cách thể chế:', item(TEXTS.institutions, 'Sở Tài chính')]),
    );
  });

  it('backs strengths with their figures, grades each unit and groups recommendations by addressee', async () => {
    const paragraphs = await docxParagraphs(await reportDocument(planReport()));
    const strengths = paragraphs.slice(at(paragraphs, '1. Ưu điểm'), at(paragraphs, '2. Tồn tại'));
    expect(strengths).toEqual(expect.arrayContaining([item(TEXTS.onTime, 'UBND thị trấn Hòn Đất'), '97,1%']));
    const grades = paragraphs.slice(at(paragraphs, '3. Chấm điểm'), at(paragraphs, 'III. '));
    expect(grades.join('|')).toContain('1|Sở Tài chính|98,5/100|Tốt|1|2|UBND huyện Hòn Đất|82/100|Khá|2');
    expect(grades.join('|')).toContain('3|UBND thị trấn Hòn Đất||Chưa chấm điểm|');
    const recommendations = paragraphs
      .slice(at(paragraphs, 'III. '), at(paragraphs, 'Nơi nhận:'))
      .filter(Boolean);
    expect(recommendations).toEqual([
      'III. KIẾN NGHỊ',
      '1. Đối với các cơ quan, đơn vị, địa phương được kiểm tra',
      '- Khẩn trương khắc phục các tồn tại, hạn chế.',
      '2. Đối với UBND tỉnh Kiên Giang',
      '- Đề nghị UBND tỉnh chỉ đạo hỗ trợ cấp xã.',
    ]);
  });

  it('is a draft, undated, while the plan is not concluded', async () => {
    const report = planReport('IN_PROGRESS');
    report.plan.conclusion = null;
    const paragraphs = await docxParagraphs(await reportDocument(report));
    expect(paragraphs[0]).toBe('DỰ THẢO');
    expect(paragraphs).toContain('BÁO CÁO (DỰ THẢO)');
    expect(paragraphs).toContain('Kiên Giang, ngày      tháng      năm');
    expect(paragraphs).toContain('Chưa có kiến nghị: kế hoạch chưa có kết luận kiểm tra.');
  });
});
