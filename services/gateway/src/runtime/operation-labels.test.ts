import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES_KEPT, operationLabels } from './observability.js';

describe('operation names as metric labels', () => {
  it('keeps the first 100 distinct names and counts every later one as other', () => {
    const labelOf = operationLabels();
    const names = Array.from({ length: 150 }, (_, i) => `Probe${i}`);
    const labels = new Set(names.map(labelOf));
    expect(OPERATION_NAMES_KEPT).toBe(100);
    expect(labels.size).toBe(101);
    expect(labels.has('other')).toBe(true);
    expect(labelOf('Probe0')).toBe('Probe0');
    expect(labelOf('Probe120')).toBe('other');
  });

  it('names an operation without a name anonymous, and a very long name other', () => {
    const labelOf = operationLabels();
    expect(labelOf(undefined)).toBe('(anonymous)');
    expect(labelOf('x'.repeat(101))).toBe('other');
    expect(labelOf('UnitTree')).toBe('UnitTree');
  });
});
