import { foldVietnamese } from '@cchc/kit';

/** How the documents write numbers, dates, periods and names the Vietnamese way (vi-VN). */

const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const DECIMAL = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 98.5 → "98,5"; 12345 → "12.345". */
export const viNumber = (value: number): string => DECIMAL.format(value);

/** What an indicator's value is (e-government-metrics' `valueUnit`). */
export type ValueUnit = 'RATIO' | 'DAYS' | 'PER_UNIT_MONTH';

/** An indicator's value in words: 0.825 → "82,5%", 120 days → "120 ngày"; null (no data) → "không có số liệu". */
export function viFigure(value: number | null, unit: string): string {
  if (value === null) return 'không có số liệu';
  switch (unit as ValueUnit) {
    case 'RATIO':
      return PERCENT.format(value);
    case 'DAYS':
      return `${viNumber(Math.round(value))} ngày`;
    case 'PER_UNIT_MONTH':
      return `${viNumber(value)} trường hợp/đơn vị-tháng`;
    default:
      return viNumber(value);
  }
}

/** "2020-10-19" → "19/10/2020". */
export function viDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** The months a reading covers: "2019-10-01".."2020-09-30" → "10/2019 – 09/2020". */
export function viMonthSpan(from: string, to: string): string {
  const month = (isoDate: string) => viDate(isoDate).slice(3);
  return from.slice(0, 7) === to.slice(0, 7) ? month(from) : `${month(from)} – ${month(to)}`;
}

/** The place-and-date line of an official document; without a date, the blanks the signer fills in. */
export function viPlaceAndDate(place: string, isoDate: string | null): string {
  if (!isoDate) return `${place}, ngày      tháng      năm`;
  const [year, month, day] = isoDate.split('-');
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
}

/** Counts are written on two digits in official documents: 6 → "06", 11 → "11". */
export const viCount = (count: number): string => String(count).padStart(2, '0');

export const viUpper = (text: string): string => text.toLocaleUpperCase('vi');

export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The unit fields that name it. */
export interface NamedUnit {
  name: string;
  fullName: string;
  kind: string;
}

const AGENCY_KINDS = new Set(['DEPARTMENT', 'PROVINCIAL_AGENCY']);

/**
 * The body that answers for a unit, as documents name it: an agency by its name ("Sở Tài chính"), a territorial
 * unit by its People's Committee ("UBND huyện Hòn Đất", "UBND thị trấn Hòn Đất").
 */
export function bodyName(unit: NamedUnit): string {
  return AGENCY_KINDS.has(unit.kind) ? unit.name : `UBND ${lowerFirst(unit.fullName)}`;
}

/** A name as an ASCII file-name part: "Hòn Đất" → "hon-dat". */
export function asciiSlug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
