import { describe, expect, it } from 'vitest';
import { MEASURE_KEYS } from '../domain/measures.js';
import { parseFiguresFile } from './figures-file.js';
import { figuresTemplateColumns, figuresTemplateCsv } from './figures-template.js';

describe('the upload template', () => {
  it('parses back with no error', async () => {
    const parsed = await parseFiguresFile(
      'template.csv',
      Buffer.from(figuresTemplateCsv()),
      '2021-05-01',
      '2021-06-15',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.unitCode])).toEqual([[2, '30817']]);
  });

  it('documents unit_code, every measure and website_last_update in both languages', () => {
    const columns = figuresTemplateColumns();
    expect(columns).toHaveLength(MEASURE_KEYS.length + 2);
    expect(columns[0]?.column).toBe('unit_code');
    expect(columns.at(-1)?.column).toBe('website_last_update');
    expect(columns.every((c) => c.vi !== '' && c.en !== '')).toBe(true);
    expect(figuresTemplateCsv().split('\r\n')[0]).toBe(columns.map((c) => c.column).join(','));
  });
});
