import { MEASURE_KEYS, type MonthlyValues } from './measures.js';

/**
 * A unit-month with every measure 0 except those given (for hand-made test figures); the dossiers of
 * procedures offered online are the online dossiers unless given, as the rules require at least those.
 */
export function figures(values: Partial<MonthlyValues>): MonthlyValues {
  return {
    ...(Object.fromEntries(MEASURE_KEYS.map((key) => [key, 0])) as unknown as MonthlyValues),
    websiteLastUpdate: null,
    receivedOfOnlineProcedures: values.receivedOnline ?? 0,
    ...values,
  };
}
