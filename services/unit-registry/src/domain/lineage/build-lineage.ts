import { groupBy } from '@cchc/kit';
import { classifyLinks, type LinkDraft } from './classify-links.js';
import { type Candidate, describe, type FormerIndex, indexFormer } from './former-units.js';
import type { Mention } from './mentions.js';
import { COMMUNE_TYPES, foldName, sameName, splitType } from './names.js';
import { type Resolution, resolveCommuneRecord, resolveProvinceRecord } from './resolve-records.js';
import type { CurrentUnit, FormerUnit, LineageResult, PredecessorRecord, UnmatchedMention } from './types.js';

interface Draft {
  predecessor: FormerUnit;
  successor: CurrentUnit;
  partial: boolean;
  unchanged: boolean;
  note?: string;
}

/** A record with the successor it describes and what its mentions resolved to. */
interface Entry {
  record: PredecessorRecord;
  successor?: CurrentUnit;
  resolutions: Resolution[];
}

/** Lineage from the pre-2025 units to the post-2025 ones, as described by the predecessor records. */
export function buildLineage(
  former: FormerUnit[],
  current: CurrentUnit[],
  records: PredecessorRecord[],
): LineageResult {
  const index = indexFormer(former);
  const successors = new Map(current.map((unit) => [`${unit.level}:${unit.code}`, unit]));
  const provinceResolutions = new Map(
    records.filter((r) => r.level === 'PROVINCE').map((r) => [r.code, resolveProvinceRecord(r, index)]),
  );
  // The old provinces a new one was formed from: where its communes' predecessors are looked up.
  const oldProvincesOf = (provinceCode: string) =>
    provinceResolutions
      .get(provinceCode)
      ?.flatMap((r) => (r.candidates.length === 1 ? r.candidates.map((c) => c.unit.code) : [])) ?? [
      provinceCode,
    ];
  const entries = records.map((record): Entry => {
    const successor = successors.get(`${record.level}:${record.code}`);
    if (!successor) return { record, resolutions: [] };
    const resolutions =
      record.level === 'PROVINCE'
        ? (provinceResolutions.get(record.code) ?? [])
        : resolveCommuneRecord(record, index, oldProvincesOf(record.provinceCode));
    return { record, successor, resolutions };
  });
  return collect(settleByElimination(entries, index), index);
}

/**
 * Settles commune names found nowhere, not even a letter away ("Xã Kim Trung" for Kim Chung, "Xã Xá Nhè" for
 * Sáng Nhè), by elimination: every former commune went somewhere, so the only one that no mention resolved to in
 * the districts of the record's other predecessors is the one meant, unless another unresolved name wants it too.
 */
function settleByElimination(entries: Entry[], index: FormerIndex): Entry[] {
  const matched = entries.flatMap((e) =>
    e.resolutions.flatMap((r) => (r.candidates.length === 1 ? r.candidates : [])),
  );
  const takenIds = new Set(matched.map((c) => c.unit.id));
  const takenDistricts = new Set(matched.filter((c) => c.unit.level === 'DISTRICT').map((c) => c.unit.code));
  const orphans = [...index.byProvince.values()]
    .flat()
    .filter(
      (c) =>
        c.unit.level === 'COMMUNE' &&
        !takenIds.has(c.unit.id) &&
        !takenDistricts.has(c.unit.districtCode ?? ''),
    );
  const orphanFor = (r: Resolution): Candidate | undefined => {
    const namesCommune = COMMUNE_TYPES.has(splitType(foldName(r.mention.name)).type ?? '');
    const options = orphans.filter((c) => r.nearbyDistricts?.has(c.unit.districtCode ?? ''));
    return r.candidates.length === 0 && namesCommune && options.length === 1 ? options[0] : undefined;
  };
  const claims = groupBy(
    entries.flatMap((e) => e.resolutions.flatMap((r) => orphanFor(r) ?? [])),
    (c) => c.unit.id,
  );
  return entries.map((entry) => ({
    ...entry,
    resolutions: entry.resolutions.map((r) => {
      const orphan = orphanFor(r);
      return orphan && claims.get(orphan.unit.id)?.length === 1 ? { ...r, candidates: [orphan] } : r;
    }),
  }));
}

function collect(entries: Entry[], index: FormerIndex): LineageResult {
  const drafts: Draft[] = [];
  const unmatched: UnmatchedMention[] = [];
  for (const { record, successor, resolutions } of entries) {
    if (!successor) unmatched.push(unmatchedMention(record, record.code, []));
    for (const { mention, candidates, unchanged } of resolutions) {
      const [match] = candidates;
      if (successor && match && candidates.length === 1) {
        drafts.push(draftLink(match.unit, successor, mention, unchanged === true));
      } else {
        const described = candidates.map((c) => describe(c.unit, index));
        unmatched.push(unmatchedMention(record, mention.text, described));
      }
    }
  }
  return { links: classifyLinks(dedupe(drafts).map(toLinkDraft)), unmatched };
}

function draftLink(
  predecessor: FormerUnit,
  successor: CurrentUnit,
  mention: Mention,
  unchanged: boolean,
): Draft {
  const note = unchanged || mention.text === mention.name ? undefined : mention.text;
  return { predecessor, successor, partial: mention.partial, unchanged, note };
}

function unmatchedMention(
  record: PredecessorRecord,
  mention: string,
  candidates: string[],
): UnmatchedMention {
  return {
    successorCode: record.code,
    successorName: record.name,
    mention,
    reason: candidates.length > 1 ? 'AMBIGUOUS' : 'NOT_FOUND',
    candidates,
  };
}

/** One link per predecessor and successor; a whole mention wins over a partial one. */
function dedupe(drafts: Draft[]): Draft[] {
  const byPair = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = `${draft.predecessor.id}→${draft.successor.id}`;
    const seen = byPair.get(key);
    if (!seen || (seen.partial && !draft.partial)) byPair.set(key, draft);
  }
  return [...byPair.values()];
}

const toLinkDraft = (d: Draft): LinkDraft => ({
  predecessorId: d.predecessor.id,
  successorId: d.successor.id,
  partial: d.partial,
  continues: d.unchanged || sameName(d.predecessor.fullName, d.successor.fullName),
  note: d.note,
});
