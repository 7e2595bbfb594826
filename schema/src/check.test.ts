import { describe, expect, it } from 'vitest';
import { checkCandidate, findingsOf, readCommittedSupergraph } from './check.js';

const platform = await readCommittedSupergraph('supergraph.graphql');
const withPartners = await readCommittedSupergraph('supergraph.with-partners.graphql');
const committedSdl = (name: string) => withPartners.subgraphs.find((s) => s.name === name)!.sdl;

/** Committed fields with their descriptions, to remove from a candidate. */
const USERNAME_FIELD = '\n  """The member\'s login, when they use the platform"""\n  username: String\n';
const FILL_RATE_FIELD = '\n  """Staff in post over approved posts (0–1)"""\n  fillRate: Float!\n';

/** A committed subgraph's SDL with one textual change, checked as a candidate replacing it. */
function changed(name: string, from: string, to: string, against = platform) {
  const sdl = committedSdl(name);
  expect(sdl).toContain(from);
  return checkCandidate(against, { name, sdl: sdl.replace(from, to) });
}

describe('npm run schema:check', () => {
  it('reads each committed supergraph with the subgraphs it names', () => {
    expect(platform.subgraphs.map((s) => s.name)).toEqual([
      'e-government-metrics',
      'inspection',
      'unit-registry',
    ]);
    expect(withPartners.subgraphs.map((s) => s.name)).toContain('partner-staffing');
  });

  it('lets a committed subgraph through unchanged', () => {
    expect(checkCandidate(platform, { name: 'inspection', sdl: committedSdl('inspection') })).toEqual({
      compositionErrors: [],
      ruleViolations: [],
      breaking: [],
      dangerous: [],
    });
  });

  it('names a removed field', () => {
    const { breaking } = changed('inspection', USERNAME_FIELD, '');
    expect(breaking).toEqual([{ type: 'FIELD_REMOVED', description: 'TeamMember.username was removed.' }]);
  });

  it('names a retyped field', () => {
    const { breaking } = changed(
      'inspection',
      'criteriaCatalog(year: Int!): CriteriaCatalog',
      'criteriaCatalog(year: Int!): [CriteriaCatalog!]',
    );
    expect(breaking).toEqual([
      {
        type: 'FIELD_CHANGED_KIND',
        description: 'Query.criteriaCatalog changed type from CriteriaCatalog to [CriteriaCatalog!].',
      },
    ]);
  });

  it('names a new required argument', () => {
    const { breaking } = changed(
      'inspection',
      'criteriaCatalog(year: Int!): CriteriaCatalog',
      'criteriaCatalog(year: Int!, province: String!): CriteriaCatalog',
    );
    expect(breaking).toEqual([
      {
        type: 'REQUIRED_ARG_ADDED',
        description: 'A required arg province on Query.criteriaCatalog was added.',
      },
    ]);
  });

  it("lets the partner agency's subgraph join the platform's supergraph, adding a field to Unit", () => {
    const partner = committedSdl('partner-staffing');
    expect(checkCandidate(platform, { name: 'partner-staffing', sdl: partner })).toEqual({
      compositionErrors: [],
      ruleViolations: [],
      breaking: [],
      dangerous: [],
    });
  });

  it('catches a partner removing its own field, in the supergraph that serves it only', () => {
    const removal = ['partner-staffing', FILL_RATE_FIELD, ''] as const;
    expect(changed(...removal, platform).breaking).toEqual([]);
    expect(changed(...removal, withPartners).breaking).toEqual([
      { type: 'FIELD_REMOVED', description: 'UnitStaffing.fillRate was removed.' },
    ]);
  });

  it('refuses a field added non-null to an entity another subgraph owns (an outage of its subgraph would lose the whole unit)', () => {
    const result = changed(
      'partner-staffing',
      'staffing(year: Int!): UnitStaffing\n',
      'staffing(year: Int!): UnitStaffing!\n',
      withPartners,
    );
    expect(result.compositionErrors).toEqual([]);
    expect(result.ruleViolations).toEqual([
      expect.stringMatching(
        /^\[partner-staffing\] Unit\.staffing is non-null, but Unit belongs to unit-registry/,
      ),
    ]);
    // The owner's own non-null fields, the key and @external fields are not contributions.
    const committed = { name: 'inspection', sdl: committedSdl('inspection') };
    expect(checkCandidate(withPartners, committed).ruleViolations).toEqual([]);
  });

  it('refuses an entity shared by two subgraphs when no owner is declared for it', () => {
    const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { notice(id: ID!): Notice }
      type Notice @key(fields: "id") { id: ID! title: String }`;
    const other = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Notice @key(fields: "id") { id: ID! readBy: [String!] }`;
    const first = checkCandidate(platform, { name: 'agency-a', sdl });
    expect(first.ruleViolations).toEqual([]);
    const both = checkCandidate(
      { ...platform, subgraphs: [...platform.subgraphs, { name: 'agency-a', sdl }] },
      { name: 'agency-b', sdl: other },
    );
    expect(both.ruleViolations).toEqual([
      'Notice is shared by agency-a, agency-b without a declared owner: add it to ENTITY_OWNERS in schema/src/contributed-fields.ts',
    ]);
  });

  it('reports a subgraph that cannot compose, and one that does not parse', () => {
    const clash = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Unit @key(fields: "id") { id: ID! code: Int }`;
    const composition = checkCandidate(platform, { name: 'another-agency', sdl: clash });
    expect(composition.compositionErrors.join('\n')).toMatch(
      /Type of field "Unit\.code" is incompatible across subgraphs/,
    );
    expect(composition.breaking).toEqual([]);
    const syntax = checkCandidate(platform, { name: 'another-agency', sdl: 'type Unit {' });
    expect(syntax.compositionErrors).toEqual([expect.stringMatching(/^\[another-agency\] Syntax Error/)]);
  });

  it('lists a change once, naming every supergraph it occurs in', () => {
    const removal = ['inspection', USERNAME_FIELD, ''] as const;
    const findings = findingsOf([
      { file: 'supergraph.graphql', result: changed(...removal, platform) },
      { file: 'supergraph.with-partners.graphql', result: changed(...removal, withPartners) },
    ]);
    expect(findings).toEqual([
      {
        severity: 'BREAKING',
        type: 'FIELD_REMOVED',
        description: 'TeamMember.username was removed.',
        supergraphs: ['supergraph.graphql', 'supergraph.with-partners.graphql'],
      },
    ]);
  });
});
