import { MEASURE_KEYS, MEASURES, type MeasureKey } from '../domain/measures.js';
import { UNIT_CODE, WEBSITE_LAST_UPDATE } from './figures-file.js';

export interface TemplateColumn {
  column: string;
  vi: string;
  en: string;
}

/** Plausible figures for one month of a commune's one-stop desk; they pass every rule of checkFigures. */
const EXAMPLE: Record<MeasureKey, number> = {
  receivedDirect: 120,
  receivedOnline: 85,
  receivedPostal: 5,
  receivedOfOnlineProcedures: 150,
  resolved: 190,
  resolvedEarly: 40,
  resolvedOnTime: 145,
  resolvedLate: 5,
  pending: 20,
  lateWithApology: 5,
  notUpdatedOneStop: 0,
  proceduresAnnounced: 3,
  proceduresPublishedDesk: 3,
  proceduresPublishedWebsite: 3,
  proceduresTotal: 250,
  proceduresFullOnline: 60,
  proceduresPartialOnline: 90,
  dossiersWithFees: 70,
  onlinePayments: 30,
  dossiersDigitised: 150,
  surveyResponses: 50,
  surveySatisfied: 47,
  complaintsReceived: 2,
  complaintsHandledOnTime: 2,
  websitePosts: 12,
  jointBirthsDone: 18,
  jointBirthsTotal: 20,
  jointDeathsDone: 4,
  jointDeathsTotal: 5,
  disciplineCases: 0,
};

/** Every column of an upload, in template order, with what to write in it. */
export function figuresTemplateColumns(): TemplateColumn[] {
  return [
    {
      column: UNIT_CODE,
      vi: 'Mã đơn vị (mã chính thức, ví dụ 30817 hoặc 91-SNV)',
      en: 'Unit code (the official code, e.g. 30817 or 91-SNV)',
    },
    ...MEASURE_KEYS.map((key) => ({
      column: MEASURES[key].column,
      vi: MEASURES[key].vi,
      en: MEASURES[key].en,
    })),
    {
      column: WEBSITE_LAST_UPDATE,
      vi: 'Ngày cập nhật Trang thông tin điện tử gần nhất (YYYY-MM-DD hoặc dd/MM/yyyy; có thể để trống)',
      en: 'Date the website was last updated (YYYY-MM-DD or dd/MM/yyyy; may be left empty)',
    },
  ];
}

/**
 * The CSV to fill in: the header and one example row. The example leaves website_last_update empty,
 * since any fixed date would be after the month for some uploads.
 */
export function figuresTemplateCsv(): string {
  const header = figuresTemplateColumns().map((c) => c.column);
  const example = ['30817', ...MEASURE_KEYS.map((key) => String(EXAMPLE[key])), ''];
  return `${header.join(',')}\r\n${example.join(',')}\r\n`;
}
