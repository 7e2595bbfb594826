/** Tier of a unit in the administrative tree. Provincial departments and agencies sit at the PROVINCE tier. */
export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

export enum UnitKind {
  PROVINCE = 'PROVINCE',
  CENTRAL_CITY = 'CENTRAL_CITY',
  DEPARTMENT = 'DEPARTMENT',
  PROVINCIAL_AGENCY = 'PROVINCIAL_AGENCY',
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  DISTRICT_TOWN = 'DISTRICT_TOWN',
  PROVINCIAL_CITY = 'PROVINCIAL_CITY',
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  TOWNSHIP = 'TOWNSHIP',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
}

/** What each kind is called; the schema describes UnitKind's values with these. */
export const UNIT_KIND_NAMES: Record<keyof typeof UnitKind, string> = {
  PROVINCE: 'Tỉnh',
  CENTRAL_CITY: 'Thành phố trực thuộc trung ương',
  DEPARTMENT: 'Sở (department of the provincial People’s Committee)',
  // Ban, ngành, văn phòng, thanh tra...: any agency of the provincial People's Committee that is not a Sở.
  PROVINCIAL_AGENCY: 'Ban, ngành, văn phòng... other provincial agency',
  RURAL_DISTRICT: 'Huyện',
  DISTRICT_TOWN: 'Thị xã',
  // Also a city under a centrally run city (thành phố thuộc thành phố trực thuộc trung ương).
  PROVINCIAL_CITY: 'Thành phố thuộc tỉnh',
  URBAN_DISTRICT: 'Quận',
  COMMUNE: 'Xã',
  WARD: 'Phường',
  TOWNSHIP: 'Thị trấn',
  SPECIAL_ZONE: 'Đặc khu',
};

/** How a predecessor became its successor. */
export enum LineageKind {
  MERGED = 'MERGED',
  RENAMED = 'RENAMED',
  CONTINUED = 'CONTINUED',
  SPLIT = 'SPLIT',
  PART_TRANSFERRED = 'PART_TRANSFERRED',
}

/** What each kind of link means; the schema describes LineageKind's values with these. */
export const LINEAGE_KIND_MEANINGS: Record<keyof typeof LineageKind, string> = {
  MERGED: 'Sáp nhập: the whole predecessor merged with others into the successor',
  RENAMED: 'Đổi tên: the whole predecessor alone became the successor under a new name',
  // E.g. re-attached to a new parent.
  CONTINUED: 'Giữ nguyên: the whole predecessor alone continues as the successor',
  SPLIT: 'Chia tách: the predecessor was divided among several successors',
  PART_TRANSFERRED: 'Điều chỉnh một phần: part of the predecessor’s area went to the successor',
};

const PROVINCE_PREFIXES: [string, UnitKind][] = [
  ['tỉnh ', UnitKind.PROVINCE],
  ['thành phố ', UnitKind.CENTRAL_CITY],
  ['thủ đô ', UnitKind.CENTRAL_CITY],
];
const DISTRICT_PREFIXES: [string, UnitKind][] = [
  ['huyện ', UnitKind.RURAL_DISTRICT],
  ['thị xã ', UnitKind.DISTRICT_TOWN],
  ['thành phố ', UnitKind.PROVINCIAL_CITY],
  ['quận ', UnitKind.URBAN_DISTRICT],
];
const COMMUNE_PREFIXES: [string, UnitKind][] = [
  ['xã ', UnitKind.COMMUNE],
  ['phường ', UnitKind.WARD],
  ['thị trấn ', UnitKind.TOWNSHIP],
  ['đặc khu ', UnitKind.SPECIAL_ZONE],
];
const PREFIXES: Record<UnitLevel, [string, UnitKind][]> = {
  [UnitLevel.PROVINCE]: PROVINCE_PREFIXES,
  [UnitLevel.DISTRICT]: DISTRICT_PREFIXES,
  [UnitLevel.COMMUNE]: COMMUNE_PREFIXES,
};

/** The kind of a territorial unit from its official full name ("Huyện Hòn Đất" → RURAL_DISTRICT), or undefined. */
export function kindFromFullName(level: UnitLevel, fullName: string): UnitKind | undefined {
  const lower = fullName.normalize('NFC').toLowerCase();
  return PREFIXES[level].find(([prefix]) => lower.startsWith(prefix))?.[1];
}
