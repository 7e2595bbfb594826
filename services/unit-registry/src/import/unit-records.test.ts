import { describe, expect, it } from 'vitest';
import { UnitKind } from '../domain/unit-kind.js';
import { readAdminUnitFiles } from './admin-unit-files.js';
import { buildUnitRecords, REFORM_2025 } from './unit-records.js';

const agencyRows = async () =>
  buildUnitRecords(await readAdminUnitFiles()).rows.filter(
    (r) => r.kind === UnitKind.DEPARTMENT || r.kind === UnitKind.PROVINCIAL_AGENCY,
  );

// The tier word once, whichever case the province's own name starts with: not "Sở Nội vụ tỉnh Tỉnh Kiên Giang".
const TIER_TWICE = /(?:^|\s)(?:tỉnh|thành phố)\s+(?:tỉnh|thành phố)(?:\s|$)/iu;

describe('agency names', () => {
  it('never repeat the tier word ("tỉnh tỉnh", "thành phố Thành phố") in any province of either period', async () => {
    const rows = await agencyRows();
    expect(rows.length).toBeGreaterThan(1_000);
    const doubled = rows.flatMap((r) => [r.name, r.full_name]).filter((name) => TIER_TWICE.test(name));
    expect(doubled).toEqual([]);
  });

  it('name Kiên Giang’s agencies until 30 June 2025 and Hồ Chí Minh City’s from 1 July 2025', async () => {
    const rows = await agencyRows();
    const expected = [
      ['91-SNV', 'Sở Nội vụ', 'Sở Nội vụ tỉnh Kiên Giang', 'Department of Home Affairs, Kien Giang Province'],
      [
        '91-TTT',
        'Thanh tra tỉnh',
        'Thanh tra tỉnh Kiên Giang',
        'Provincial Inspectorate, Kien Giang Province',
      ],
      [
        '91-VPUBND',
        'Văn phòng UBND tỉnh',
        'Văn phòng UBND tỉnh Kiên Giang',
        "Office of the Provincial People's Committee, Kien Giang Province",
      ],
      [
        '79-SNV',
        'Sở Nội vụ',
        'Sở Nội vụ thành phố Hồ Chí Minh',
        'Department of Home Affairs, Ho Chi Minh City',
      ],
      [
        '79-TTT',
        'Thanh tra thành phố',
        'Thanh tra thành phố Hồ Chí Minh',
        'City Inspectorate, Ho Chi Minh City',
      ],
      [
        '79-VPUBND',
        'Văn phòng UBND thành phố',
        'Văn phòng UBND thành phố Hồ Chí Minh',
        "Office of the City People's Committee, Ho Chi Minh City",
      ],
    ];
    // Kiên Giang (91) before the reform, Hồ Chí Minh City (79) after it.
    const named = ([code = '']: string[]) => {
      const after = code.startsWith('79-');
      const r = rows.find((row) => row.code === code && (row.valid_from === REFORM_2025) === after);
      return r && [r.code, r.name, r.full_name, r.full_name_en];
    };
    expect(expected.map(named)).toEqual(expected);
  });
});
