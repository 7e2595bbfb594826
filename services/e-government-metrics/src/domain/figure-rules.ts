import { MEASURE_KEYS, MEASURES, type MeasureKey, type MonthlyValues, receivedTotal } from './measures.js';
import { lastDayOf } from './period.js';

export interface FieldError {
  /** The measure (camelCase) or `period` / `websiteLastUpdate`. */
  field: string;
  message: string;
}

const label = (key: MeasureKey) => MEASURES[key].vi;

/** "No part above its total" rules: the parts, summed, may not exceed the total. */
const PART_RULES: { parts: MeasureKey[]; total: MeasureKey | 'receivedTotal' }[] = [
  { parts: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'], total: 'resolved' },
  { parts: ['lateWithApology'], total: 'resolvedLate' },
  { parts: ['notUpdatedOneStop'], total: 'receivedTotal' },
  { parts: ['receivedOnline'], total: 'receivedOfOnlineProcedures' },
  { parts: ['receivedOfOnlineProcedures'], total: 'receivedTotal' },
  { parts: ['dossiersDigitised'], total: 'receivedTotal' },
  { parts: ['proceduresPublishedDesk'], total: 'proceduresAnnounced' },
  { parts: ['proceduresPublishedWebsite'], total: 'proceduresAnnounced' },
  { parts: ['proceduresFullOnline', 'proceduresPartialOnline'], total: 'proceduresTotal' },
  { parts: ['onlinePayments'], total: 'dossiersWithFees' },
  { parts: ['surveySatisfied'], total: 'surveyResponses' },
  { parts: ['complaintsHandledOnTime'], total: 'complaintsReceived' },
  { parts: ['jointBirthsDone'], total: 'jointBirthsTotal' },
  { parts: ['jointDeathsDone'], total: 'jointDeathsTotal' },
];

/**
 * Every problem with a unit's figures for a month, each naming its field: negatives and fractions,
 * parts above their totals, a future month, a website update after the month.
 */
export function checkFigures(period: string, values: MonthlyValues, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^\d{4}-\d{2}-01$/.test(period))
    errors.push({ field: 'period', message: 'period must be the first day of a month (YYYY-MM-01)' });
  else if (period > today)
    errors.push({ field: 'period', message: `${period.slice(0, 7)} has not started yet` });
  for (const key of MEASURE_KEYS) {
    const value = values[key];
    if (!Number.isInteger(value) || value < 0)
      errors.push({ field: key, message: `${label(key)} must be a whole number ≥ 0` });
  }
  if (errors.some((e) => e.field !== 'period')) return errors;
  for (const rule of PART_RULES) {
    const sum = rule.parts.reduce((total, key) => total + values[key], 0);
    const total = rule.total === 'receivedTotal' ? receivedTotal(values) : values[rule.total];
    if (sum > total) {
      const totalLabel = rule.total === 'receivedTotal' ? 'tổng hồ sơ tiếp nhận' : label(rule.total);
      errors.push({
        field: rule.parts.at(-1)!,
        message: `${rule.parts.map(label).join(' + ')} (${sum}) exceeds ${totalLabel} (${total})`,
      });
    }
  }
  if (
    values.websiteLastUpdate &&
    /^\d{4}-\d{2}-01$/.test(period) &&
    values.websiteLastUpdate > lastDayOf(period)
  ) {
    errors.push({
      field: 'websiteLastUpdate',
      message: 'The website cannot have been updated after the month',
    });
  }
  return errors;
}
