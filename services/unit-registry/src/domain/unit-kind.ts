/** Tier of a unit in the administrative tree. Provincial departments and agencies sit at the PROVINCE tier. */
export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

export enum UnitKind {
  /** Tỉnh */
  PROVINCE = 'PROVINCE',
  /** Thành phố trực thuộc trung ương */
  CENTRAL_CITY = 'CENTRAL_CITY',
  /** Sở (department of the provincial People's Committee) */
  DEPARTMENT = 'DEPARTMENT',
  /** Ban, ngành, văn phòng, thanh tra... other agency of the provincial People's Committee */
  PROVINCIAL_AGENCY = 'PROVINCIAL_AGENCY',
  /** Huyện */
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  /** Thị xã */
  DISTRICT_TOWN = 'DISTRICT_TOWN',
  /** Thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương) */
  PROVINCIAL_CITY = 'PROVINCIAL_CITY',
  /** Quận */
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  /** Xã */
  COMMUNE = 'COMMUNE',
  /** Phường */
  WARD = 'WARD',
  /** Thị trấn */
  TOWNSHIP = 'TOWNSHIP',
  /** Đặc khu */
  SPECIAL_ZONE = 'SPECIAL_ZONE',
}

/** How a predecessor became its successor. */
export enum LineageKind {
  /** The whole predecessor was merged, with others, into the successor. */
  MERGED = 'MERGED',
  /** The whole predecessor alone became the successor under another name. */
  RENAMED = 'RENAMED',
  /** The whole predecessor alone became the successor, keeping its name (e.g. re-attached to a new parent). */
  CONTINUED = 'CONTINUED',
  /** The predecessor was divided: the whole of it is spread over several successors. */
  SPLIT = 'SPLIT',
  /** Only part of the predecessor's area went to the successor. */
  PART_TRANSFERRED = 'PART_TRANSFERRED',
}

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
