import { describeMigrationRoundTrip } from '@cchc/kit/testing';
import { migrations } from './schema.js';

const province = '00000000-0000-4000-8000-0000000000a1';
const oldDistrict = '00000000-0000-4000-8000-0000000000a2';
const newDistrict = '00000000-0000-4000-8000-0000000000a3';

describeMigrationRoundTrip('unit-registry', {
  migrations,
  seeds: {
    CreateUnits1764050000000: `
      INSERT INTO units (id, code, name, full_name, name_en, full_name_en, kind, level, parent_id, ancestor_ids,
        valid_from, valid_to, search_name, search_text)
      VALUES
        ('${province}', '91', 'Kiên Giang', 'Tỉnh Kiên Giang', 'Kien Giang', 'Kien Giang Province', 'PROVINCE',
          'PROVINCE', NULL, '{}', NULL, '2025-06-30', 'kien giang', '91 kien giang'),
        ('${oldDistrict}', '908', 'Hà Tiên', 'Thị xã Hà Tiên', 'Ha Tien', 'Ha Tien Town', 'DISTRICT_TOWN',
          'DISTRICT', '${province}', '{${province}}', '1998-07-08', '2018-09-10', 'ha tien', '908 ha tien'),
        ('${newDistrict}', '908', 'Hà Tiên', 'Thành phố Hà Tiên', 'Ha Tien', 'Ha Tien City', 'PROVINCIAL_CITY',
          'DISTRICT', '${province}', '{${province}}', '2018-09-11', NULL, 'ha tien', '908 ha tien');
      INSERT INTO unit_lineage (id, predecessor_id, successor_id, kind, partial, effective_date, legal_act, note)
      VALUES ('00000000-0000-4000-8000-0000000000b1', '${oldDistrict}', '${newDistrict}', 'RENAMED', false,
        '2018-09-11', 'Nghị quyết 573/NQ-UBTVQH14', 'Thị xã lên thành phố');`,
    // The up counts from 1; a write bumps it.
    UnitsRevision1765000000000: `UPDATE units SET name_en = 'Kiên Giang' WHERE id = '${province}';`,
  },
  downsThatLoseData: ['CreateUnits1764050000000', 'UnitsRevision1765000000000'],
});
