import { describe, expect, it } from 'vitest';
import { kindFromFullName, UnitKind, UnitLevel } from './unit-kind.js';

describe('kindFromFullName', () => {
  it.each([
    [UnitLevel.PROVINCE, 'Tỉnh Kiên Giang', UnitKind.PROVINCE],
    [UnitLevel.PROVINCE, 'Thành phố Hồ Chí Minh', UnitKind.CENTRAL_CITY],
    [UnitLevel.PROVINCE, 'Thủ đô Hà Nội', UnitKind.CENTRAL_CITY],
    [UnitLevel.DISTRICT, 'Huyện Hòn Đất', UnitKind.RURAL_DISTRICT],
    [UnitLevel.DISTRICT, 'Thành phố Rạch Giá', UnitKind.PROVINCIAL_CITY],
    [UnitLevel.DISTRICT, 'Thị xã Kiên Lương', UnitKind.DISTRICT_TOWN],
    [UnitLevel.DISTRICT, 'Quận 1', UnitKind.URBAN_DISTRICT],
    [UnitLevel.COMMUNE, 'Thị trấn Hòn Đất', UnitKind.TOWNSHIP],
    [UnitLevel.COMMUNE, 'Phường Vĩnh Thanh', UnitKind.WARD],
    [UnitLevel.COMMUNE, 'xã Sơn Kiên', UnitKind.COMMUNE],
    [UnitLevel.COMMUNE, 'Đặc khu Phú Quốc', UnitKind.SPECIAL_ZONE],
  ])('%s "%s" is %s', (level, fullName, kind) => {
    expect(kindFromFullName(level, fullName)).toBe(kind);
  });

  it('knows no kind for a name without a recognised prefix at that level', () => {
    expect(kindFromFullName(UnitLevel.COMMUNE, 'Huyện Hòn Đất')).toBeUndefined();
  });
});
