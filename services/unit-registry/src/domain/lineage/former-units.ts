import { foldVietnamese } from '@cchc/kit';
import type { Mention } from './mentions.js';
import { foldName, looseKey, spelling, splitType } from './names.js';
import type { FormerUnit } from './types.js';

/** A former unit with the forms of its name that mentions are compared with. */
export interface Candidate {
  unit: FormerUnit;
  type?: string;
  bare: string;
  loose: string;
  districtBare?: string;
  provinceBare?: string;
}

/** The former units, looked up by province, by level and code, and the provinces' names. */
export interface FormerIndex {
  provinces: Candidate[];
  /** Districts and communes by province code. */
  byProvince: Map<string, Candidate[]>;
  byLevelAndCode: Map<string, Candidate>;
  provinceNames: Map<string, string>;
}

export function indexFormer(former: FormerUnit[]): FormerIndex {
  const provinceNames = new Map(
    former.filter((u) => u.level === 'PROVINCE').map((u) => [u.code, u.fullName]),
  );
  const index: FormerIndex = {
    provinces: [],
    byProvince: new Map(),
    byLevelAndCode: new Map(),
    provinceNames,
  };
  for (const unit of former) {
    const candidate = toCandidate(unit, provinceNames.get(unit.provinceCode));
    index.byLevelAndCode.set(`${unit.level}:${unit.code}`, candidate);
    const siblings = unit.level === 'PROVINCE' ? index.provinces : index.byProvince.get(unit.provinceCode);
    if (siblings) siblings.push(candidate);
    else index.byProvince.set(unit.provinceCode, [candidate]);
  }
  return index;
}

function toCandidate(unit: FormerUnit, provinceName: string | undefined): Candidate {
  const { type, bare } = splitType(foldName(unit.fullName));
  return {
    unit,
    type,
    bare,
    loose: looseKey(unit.fullName),
    districtBare: unit.districtFullName && splitType(foldVietnamese(unit.districtFullName)).bare,
    provinceBare: provinceName && splitType(foldVietnamese(provinceName)).bare,
  };
}

/** Units the name may denote, spelling habits aside, in the place its brackets give. */
export function findUnits(mention: Mention, pool: Candidate[]): Candidate[] {
  const loose = looseKey(mention.name);
  return inPlace(pool, mention).filter((c) => c.loose === loose);
}

/** The units in the district and province the brackets name, or all of them if the brackets name none known. */
function inPlace(pool: Candidate[], { districtHint, provinceHint }: Mention): Candidate[] {
  const bareOf = (hint: string) => splitType(foldVietnamese(hint)).bare;
  const district = districtHint && bareOf(districtHint);
  const province = provinceHint && bareOf(provinceHint);
  const local = pool.filter(
    (c) =>
      (!district || c.districtBare === district || (c.unit.level === 'DISTRICT' && c.bare === district)) &&
      (!province || c.provinceBare === province),
  );
  return local.length > 0 ? local : pool;
}

export type Preference = (c: Candidate) => boolean;

/** The candidates that pass each preference in turn, skipping a preference that none of them passes. */
export function narrow(candidates: Candidate[], preferences: Preference[]): Candidate[] {
  return preferences.reduce((found, test) => {
    const preferred = found.filter(test);
    return preferred.length > 0 ? preferred : found;
  }, candidates);
}

/** The type prefix written (or carried from the list), then the same folded name, then the same tone marks. */
export function namePreferences(mention: Mention): Preference[] {
  const { type, bare } = splitType(foldName(mention.name));
  const wordCount = bare.split(' ').length;
  const written = spelling(mention.name, wordCount);
  return [
    (c) => c.type === (type ?? mention.type),
    (c) => c.bare === bare,
    (c) => spelling(c.unit.fullName, wordCount) === written,
  ];
}

/** "Xã Quang Trung (Huyện Trùng Khánh, Tỉnh Cao Bằng)". */
export function describe(unit: FormerUnit, index: FormerIndex): string {
  const district = unit.level === 'COMMUNE' ? unit.districtFullName : undefined;
  const parents = [district, index.provinceNames.get(unit.provinceCode)].filter(Boolean);
  return `${unit.fullName} (${parents.join(', ')})`;
}
