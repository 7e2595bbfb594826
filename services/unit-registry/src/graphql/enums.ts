import { registerEnumType } from 'type-graphql';
import { LineageKind, UnitKind, UnitLevel } from '../domain/unit-kind.js';

export enum UnitOrder {
  /** Best search match first (the default when searching). */
  RELEVANCE = 'RELEVANCE',
  /** By level, then official code (the default otherwise). */
  CODE = 'CODE',
  /** Alphabetically by name, accents ignored. */
  NAME = 'NAME',
}

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Tier of a unit: cấp tỉnh, cấp huyện, cấp xã',
});
registerEnumType(UnitKind, {
  name: 'UnitKind',
  valuesConfig: {
    PROVINCE: { description: 'Tỉnh' },
    CENTRAL_CITY: { description: 'Thành phố trực thuộc trung ương' },
    DEPARTMENT: { description: 'Sở (department of the provincial People’s Committee)' },
    PROVINCIAL_AGENCY: { description: 'Ban, ngành, văn phòng... other provincial agency' },
    RURAL_DISTRICT: { description: 'Huyện' },
    DISTRICT_TOWN: { description: 'Thị xã' },
    PROVINCIAL_CITY: { description: 'Thành phố thuộc tỉnh' },
    URBAN_DISTRICT: { description: 'Quận' },
    COMMUNE: { description: 'Xã' },
    WARD: { description: 'Phường' },
    TOWNSHIP: { description: 'Thị trấn' },
    SPECIAL_ZONE: { description: 'Đặc khu' },
  },
});
registerEnumType(LineageKind, {
  name: 'LineageKind',
  description: 'How a predecessor unit became its successor',
  valuesConfig: {
    MERGED: { description: 'Sáp nhập: the whole predecessor merged with others into the successor' },
    RENAMED: { description: 'Đổi tên: the whole predecessor alone became the successor under a new name' },
    CONTINUED: { description: 'Giữ nguyên: the whole predecessor alone continues as the successor' },
    SPLIT: { description: 'Chia tách: the predecessor was divided among several successors' },
    PART_TRANSFERRED: {
      description: 'Điều chỉnh một phần: part of the predecessor’s area went to the successor',
    },
  },
});
registerEnumType(UnitOrder, { name: 'UnitOrder' });
