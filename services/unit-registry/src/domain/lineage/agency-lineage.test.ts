import { describe, expect, it } from 'vitest';
import { type AgencyUnit, buildAgencyLineage } from './agency-lineage.js';

const agency = (province: string, abbr: string): AgencyUnit => ({
  id: `${province}-${abbr}`,
  code: `${province}-${abbr}`,
  provinceId: province,
  abbr,
});
const rules = {
  SNV: { to: ['SNV'], partlyTo: [] },
  STC: { to: ['STC'], partlyTo: [] },
  SKHDT: { to: ['STC'], partlyTo: [] },
  SLDTBXH: { to: ['SNV'], partlyTo: [['SYT'], ['SGDDT']] },
  SNGV: { to: ['SNGV', 'VPUBND'], partlyTo: [] },
};

describe('lineage of provincial agencies across the 2025 reform', () => {
  it('merges the departments of two old provinces into the new one, by function', () => {
    const former = ['SNV', 'STC', 'SKHDT', 'SLDTBXH'].map((abbr) => agency('old-a', abbr));
    former.push(agency('old-b', 'SNV'), agency('old-b', 'SNGV'));
    const current = ['SNV', 'STC', 'SYT', 'VPUBND'].map((abbr) => agency('new', abbr));
    const { links, problems } = buildAgencyLineage(
      former,
      current,
      [
        { predecessorId: 'old-a', successorId: 'new' },
        { predecessorId: 'old-b', successorId: 'new' },
      ],
      rules,
    );
    expect(problems).toEqual([]);
    const described = links.map((l) => `${l.predecessorId} → ${l.successorId}: ${l.kind}`).sort();
    expect(described).toEqual([
      'old-a-SKHDT → new-STC: MERGED',
      'old-a-SLDTBXH → new-SNV: MERGED',
      'old-a-SLDTBXH → new-SYT: PART_TRANSFERRED', // no Sở Giáo dục in this new province: no link there
      'old-a-SNV → new-SNV: MERGED',
      'old-a-STC → new-STC: MERGED',
      'old-b-SNGV → new-VPUBND: RENAMED', // no Sở Ngoại vụ kept: the office takes foreign affairs
      'old-b-SNV → new-SNV: MERGED',
    ]);
  });

  it('continues a department of a province that was not merged', () => {
    const { links } = buildAgencyLineage(
      [agency('p', 'SNV')],
      [agency('p2025', 'SNV')],
      [{ predecessorId: 'p', successorId: 'p2025' }],
      rules,
    );
    expect(links).toEqual([
      {
        predecessorId: 'p-SNV',
        successorId: 'p2025-SNV',
        kind: 'CONTINUED',
        partial: false,
        note: undefined,
      },
    ]);
  });

  it('names the agencies it cannot place', () => {
    const { problems } = buildAgencyLineage(
      [agency('p', 'SKHDT'), agency('p', 'BDT')],
      [agency('p2025', 'SNV')],
      [{ predecessorId: 'p', successorId: 'p2025' }],
      rules,
    );
    expect(problems).toEqual(['p-SKHDT: none of STC in its new province', 'p-BDT: no succession rule']);
  });
});
