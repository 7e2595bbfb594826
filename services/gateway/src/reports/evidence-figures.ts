import type { Indicator, ReportFinding } from './report-data.js';
import { viFigure, viMonthSpan, viNumber } from './vi-format.js';

/** A figure behind a finding, as both documents write it: its indicator's snapshot, or a count the team made. */
export interface EvidenceFigure {
  /** The indicator's name, or what the team counted. */
  label: string;
  value: number | null;
  /** The value in words: "82,5%", "5 hồ sơ". */
  text: string;
  /** The value's unit alone, for a spreadsheet cell: "%", "ngày", "hồ sơ". */
  unit: string;
  /** The months a snapshot covers, or that the team counted it. */
  period: string;
  /** Excel's number format for the value alone. */
  numFmt: string;
}

const VALUE_UNITS: Record<string, string> = {
  RATIO: '%',
  DAYS: 'ngày',
  PER_UNIT_MONTH: 'trường hợp/đơn vị-tháng',
};
const COUNTED = 'Đoàn kiểm tra ghi nhận';

export function evidenceFigures(
  finding: ReportFinding,
  indicators: Map<string, Indicator>,
): EvidenceFigure[] {
  const reading = finding.evidenceReading;
  const indicator = reading && indicators.get(reading.indicatorCode);
  const valueUnit = indicator?.valueUnit ?? '';
  const measured: EvidenceFigure[] = reading
    ? [
        {
          label: indicator?.nameVi ?? reading.indicatorCode,
          value: reading.value,
          text: viFigure(reading.value, valueUnit),
          unit: VALUE_UNITS[valueUnit] ?? '',
          period: viMonthSpan(reading.from, reading.to),
          numFmt: valueUnit === 'RATIO' ? '0.0%' : '#,##0.##',
        },
      ]
    : [];
  const counted = finding.evidence.map((e) => ({
    label: e.label,
    value: e.value,
    text: `${viNumber(e.value)}${e.unit ? ` ${e.unit}` : ''}`,
    unit: e.unit ?? '',
    period: COUNTED,
    numFmt: '#,##0.##',
  }));
  return [...measured, ...counted];
}
