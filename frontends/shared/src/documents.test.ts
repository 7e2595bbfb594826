import { describe, expect, it } from 'vitest';
import { documentPaths, fileNameOf } from './documents.js';

describe('the documents the gateway makes', () => {
  it('are asked at their paths on the shell’s origin', () => {
    expect(documentPaths.report('p1')).toBe('/reports/inspection-plans/p1/report.docx');
    expect(documentPaths.findings('p1')).toBe('/reports/inspection-plans/p1/findings.xlsx');
    expect(documentPaths.notice('p1', 'u1')).toBe('/reports/inspection-plans/p1/notices/u1.docx');
  });

  it('are saved under the UTF-8 name the server offers, else its plain name', () => {
    expect(
      fileNameOf(`attachment; filename="bao-cao-2020.docx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o-2020.docx`),
    ).toBe('báo-cáo-2020.docx');
    expect(fileNameOf('attachment; filename="bao-cao-2020.docx"')).toBe('bao-cao-2020.docx');
    expect(fileNameOf(`attachment; filename="x.docx"; filename*=UTF-8''%E0%A4%A`)).toBe('x.docx');
    expect(fileNameOf(null)).toBeNull();
  });
});
