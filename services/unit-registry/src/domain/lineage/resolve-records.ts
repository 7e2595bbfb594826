import { type Candidate, type FormerIndex, findUnits, namePreferences, narrow } from './former-units.js';
import { type Mention, parsePredecessorText } from './mentions.js';
import { DISTRICT_TYPES, looseKey } from './names.js';
import type { PredecessorRecord } from './types.js';

/** A mention of a record with the former units it may denote: one when resolved. */
export interface Resolution {
  mention: Mention;
  candidates: Candidate[];
  /** "giữ nguyên": the successor is the same-code former unit, unchanged. */
  unchanged?: boolean;
  /** Old districts of the record's other predecessors. */
  nearbyDistricts?: Set<string>;
}

const UNCHANGED = /^\s*giữ nguyên\s*$/iu;

export function resolveProvinceRecord(record: PredecessorRecord, index: FormerIndex): Resolution[] {
  if (UNCHANGED.test(record.formedFrom)) return [keptUnit(record, index)];
  return parsePredecessorText(record.formedFrom).map((mention) => ({
    mention,
    candidates: narrow(findUnits(mention, index.provinces), namePreferences(mention)),
  }));
}

/** Resolves a commune's record among the districts and communes of the old provinces in `provinceCodes`. */
export function resolveCommuneRecord(
  record: PredecessorRecord,
  index: FormerIndex,
  provinceCodes: string[],
): Resolution[] {
  if (UNCHANGED.test(record.formedFrom)) return [keptUnit(record, index)];
  const scope = provinceCodes.flatMap((code) => index.byProvince.get(code) ?? []);
  const poolFor = (mention: Mention) => {
    const level = mention.type && DISTRICT_TYPES.has(mention.type) ? 'DISTRICT' : 'COMMUNE';
    return scope.filter((c) => c.unit.level === level);
  };
  const resolutions = parsePredecessorText(record.formedFrom).map((mention) => ({
    mention,
    candidates: findUnits(mention, poolFor(mention)),
  }));
  // Communes were merged mostly within one old district, and within one old province: where the record's other
  // predecessors lie weighs more than how a name is written ("Ea Drơng" next to Cuôr Đăng is Ea D'Rơng of the
  // same district, not Ea Drông of another one).
  const likely = resolutions.map(({ mention, candidates }) => narrow(candidates, namePreferences(mention)));
  return resolutions.map(({ mention, candidates }, i) => {
    const others = likely.flatMap((found, j) => (j !== i && found.length === 1 ? found : []));
    const districts = new Set(others.flatMap((c) => c.unit.districtCode ?? []));
    const provinces = new Set(others.map((c) => c.unit.provinceCode));
    const inDistrict = (c: Candidate) => districts.has(c.unit.districtCode ?? '');
    const inProvince = (c: Candidate) => provinces.has(c.unit.provinceCode);
    const settled =
      candidates.length === 0
        ? nearMiss(mention, poolFor(mention), inDistrict)
        : narrow(candidates, [inDistrict, inProvince, ...namePreferences(mention)]);
    return { mention, candidates: settled, nearbyDistricts: districts };
  });
}

// Shorter names have too many neighbours one letter away to guess a typo.
const MIN_NEAR_MISS_LENGTH = 5;

/**
 * The one unit a letter away from a name found nowhere ("Hua Bum" for "Hua Bun"): first in the districts of the
 * record's other predecessors, then in the whole pool. Numbers must agree: "Phường 1" is no typo of "Phường 2".
 */
function nearMiss(mention: Mention, pool: Candidate[], inDistrict: (c: Candidate) => boolean): Candidate[] {
  const loose = looseKey(mention.name);
  if (loose.length < MIN_NEAR_MISS_LENGTH) return [];
  const digits = (key: string) => key.replace(/\D/g, '');
  const near = pool.filter((c) => digits(c.loose) === digits(loose) && withinOneEdit(c.loose, loose));
  const nearHere = near.filter(inDistrict);
  if (nearHere.length === 1) return nearHere;
  return near.length === 1 ? near : [];
}

/** True when one insertion, deletion or substitution at most turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

function keptUnit(record: PredecessorRecord, index: FormerIndex): Resolution {
  const unit = index.byLevelAndCode.get(`${record.level}:${record.code}`);
  const mention: Mention = { text: record.formedFrom.trim(), name: record.name, partial: false };
  return { mention, candidates: unit ? [unit] : [], unchanged: true };
}
