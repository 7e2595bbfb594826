import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkCandidate, committedSubgraphs } from './check.js';

const committed = await readFile(new URL('../supergraph.graphql', import.meta.url), 'utf8');
const subgraphs = await committedSubgraphs();
const inspection = subgraphs.find((s) => s.name === 'inspection')!.sdl;

/** The committed inspection SDL with one textual change, checked as a candidate replacing it. */
function inspectionWith(from: string, to: string) {
  expect(inspection).toContain(from);
  return checkCandidate(subgraphs, committed, { name: 'inspection', sdl: inspection.replace(from, to) });
}

describe('npm run schema:check', () => {
  it('lets the committed subgraph through unchanged', () => {
    expect(checkCandidate(subgraphs, committed, { name: 'inspection', sdl: inspection })).toEqual({
      compositionErrors: [],
      breaking: [],
      dangerous: [],
    });
  });

  it('names a removed field', () => {
    const { breaking } = inspectionWith('  username: String\n}\n', '  team: String\n}\n');
    expect(breaking.map((c) => c.description)).toContain('TeamMember.username was removed.');
  });

  it('names a retyped field', () => {
    const { breaking } = inspectionWith(
      'criteriaCatalog(year: Int!): CriteriaCatalog',
      'criteriaCatalog(year: Int!): [CriteriaCatalog!]',
    );
    expect(breaking).toEqual([
      expect.objectContaining({
        type: 'FIELD_CHANGED_KIND',
        description: expect.stringMatching(/Query.criteriaCatalog/),
      }),
    ]);
  });

  it('names a new required argument', () => {
    const { breaking } = inspectionWith(
      'criteriaCatalog(year: Int!): CriteriaCatalog',
      'criteriaCatalog(year: Int!, province: String!): CriteriaCatalog',
    );
    expect(breaking).toEqual([expect.objectContaining({ type: 'REQUIRED_ARG_ADDED' })]);
    expect(breaking[0]!.description).toMatch(/province/);
  });

  it("lets a partner agency's new subgraph join, adding a field to Unit", async () => {
    const partner = await readFile(new URL('../subgraphs/partner-staffing.graphql', import.meta.url), 'utf8');
    const result = checkCandidate(subgraphs, committed, { name: 'partner-staffing', sdl: partner });
    expect(result.compositionErrors).toEqual([]);
    expect(result.breaking).toEqual([]);
  });

  it('reports a subgraph that cannot compose', () => {
    const clash = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Unit @key(fields: "id") { id: ID! code: Int }`;
    const result = checkCandidate(subgraphs, committed, { name: 'another-agency', sdl: clash });
    expect(result.compositionErrors.join('\n')).toMatch(/Unit\.code/);
  });
});
