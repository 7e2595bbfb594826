import { describe, expect, it } from 'vitest';
import { readAdminUnitFiles } from './admin-unit-files.js';

describe('reading the admin-unit files', () => {
  it('renames the predecessor file’s Vietnamese keys (ma, ten, magoc, truocsapnhap)', async () => {
    const { predecessors } = await readAdminUnitFiles();
    expect(predecessors.find((r) => r.code === '91')).toEqual({
      level: 'PROVINCE',
      code: '91',
      name: 'Tỉnh An Giang',
      provinceCode: '91',
      formedFrom: 'tỉnh Kiên Giang và tỉnh An Giang',
    });
    expect(predecessors.find((r) => r.code === '31108')).toEqual({
      level: 'COMMUNE',
      code: '31108',
      name: 'Đặc khu Kiên Hải',
      provinceCode: '91',
      formedFrom: 'Huyện Kiên Hải',
    });
  });
});
