import { DomainError } from '@cchc/kit';
import { describe, expect, it } from 'vitest';
import { type ParameterKind, readExportParameters } from './export-parameters.js';

const PARAMETERS: Record<string, ParameterKind> = {
  areaCodes: 'list',
  kinds: 'enumList',
  grain: 'enum',
  year: 'integer',
  includeDescendants: 'boolean',
  asOf: 'text',
};
const read = (query: string) => readExportParameters(new URL(`http://x/export?${query}`), PARAMETERS);
const refusal = (query: string) => {
  try {
    read(query);
  } catch (error) {
    return { code: (error as DomainError).code, ...(error as DomainError).details };
  }
  return undefined;
};

describe('export parameters', () => {
  it('upper-cases enum values, keeps codes as given, types numbers and booleans', () => {
    expect(
      read(
        'kinds=limitation,Strength&grain=year&areaCodes=TTHC,hdh&year=2020&includeDescendants=TRUE&asOf=2020-10-19',
      ),
    ).toEqual({
      variables: {
        kinds: ['LIMITATION', 'STRENGTH'],
        grain: 'YEAR',
        areaCodes: ['TTHC', 'hdh'],
        year: 2020,
        includeDescendants: true,
        asOf: '2020-10-19',
      },
      format: { decimal: 'point', headers: 'code' },
    });
    expect(read('decimal=Comma&headers=vi').format).toEqual({ decimal: 'comma', headers: 'vi' });
  });

  it('refuses a bad value or an unknown parameter, naming it', () => {
    expect(refusal('year=2020a')).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(refusal('includeDescendants=yes')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'includeDescendants',
    });
    expect(refusal('decimal=dot')).toEqual({ code: 'BAD_USER_INPUT', field: 'decimal' });
    expect(refusal('unitcodes=91')).toEqual({ code: 'BAD_USER_INPUT', field: 'unitcodes' });
    expect(refusal('year=2020')).toBeUndefined();
  });
});
