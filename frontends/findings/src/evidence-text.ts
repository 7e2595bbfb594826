import { formatNumber, indicatorValueText } from '@cchc/web-shared';
import { periodText } from './evidence.js';

export interface Reading {
  indicatorCode: string;
  value: number | null;
  from: string;
  to: string;
}

export interface Figure {
  label: string;
  value: number;
  unit?: string | null;
}

/** `Tỷ lệ hồ sơ đúng hạn 10/2019 – 09/2020: 98,3%`: an indicator reading in one line. */
export function readingText(reading: Reading, indicator: { name: string; valueUnit: string } | undefined) {
  const months = periodText(`${reading.from.slice(0, 7)}..${reading.to.slice(0, 7)}`);
  const value = indicatorValueText(reading.value, indicator?.valueUnit ?? '');
  return `${indicator?.name ?? ''} ${months}: ${value}`.trim();
}

/** `Hồ sơ trễ hẹn: 12; Phiếu xin lỗi: 3`: observed figures in one line. */
export const figuresText = (figures: Figure[]) =>
  figures
    .map((figure) => `${figure.label}: ${formatNumber(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`)
    .join('; ');
