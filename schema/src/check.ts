import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import {
  type BreakingChange,
  type DangerousChange,
  findBreakingChanges,
  findDangerousChanges,
  GraphQLError,
  parse,
} from 'graphql';
import { nonNullContributedFields } from './contributed-fields.js';

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

/** A supergraph committed in schema/ and the committed SDLs of the subgraphs it was composed from. */
export interface CommittedSupergraph {
  file: string;
  sdl: string;
  subgraphs: SubgraphSdl[];
}

export interface SchemaCheck {
  /** Composition failed: the candidate cannot join the supergraph as it is. */
  compositionErrors: string[];
  /** Composes, but breaks a rule of the platform's (a field added to another subgraph's entity is non-null). */
  ruleViolations: string[];
  /** Changes that break clients of the committed supergraph (removed or retyped fields, new required arguments…). */
  breaking: BreakingChange[];
  /** Changes that may change what existing clients see (e.g. a new enum value, a changed default). */
  dangerous: DangerousChange[];
}

/** Every supergraph the gateway may serve: the platform's own, and with the partner agencies' subgraphs. */
export const COMMITTED_SUPERGRAPHS = ['supergraph.graphql', 'supergraph.with-partners.graphql'];

const root = new URL('../', import.meta.url);

/** Reads a committed supergraph; its subgraphs are the ones it names, read from schema/subgraphs/<name>.graphql. */
export async function readCommittedSupergraph(file: string): Promise<CommittedSupergraph> {
  const sdl = await readFile(new URL(file, root), 'utf8');
  const subgraphs = await Promise.all(
    Supergraph.build(sdl)
      .subgraphsMetadata()
      .map(async ({ name }) => ({
        name,
        sdl: await readFile(new URL(`subgraphs/${name}.graphql`, root), 'utf8'),
      })),
  );
  return { file, sdl, subgraphs };
}

/**
 * Composes a committed supergraph's subgraphs with a candidate (replacing the subgraph of the same name, or
 * joining as a new one) and compares the resulting API — what clients see — with the committed one's.
 */
export function checkCandidate(committed: CommittedSupergraph, candidate: SubgraphSdl): SchemaCheck {
  const subgraphs = [...committed.subgraphs.filter((s) => s.name !== candidate.name), candidate];
  let services: Parameters<typeof composeServices>[0];
  try {
    services = subgraphs.map((s) => ({
      name: s.name,
      url: `http://${s.name}/graphql`,
      typeDefs: parse(s.sdl),
    }));
  } catch (error) {
    // Only the candidate can fail to parse: the committed SDLs are printed by the services.
    if (!(error instanceof GraphQLError)) throw error;
    return {
      compositionErrors: [`[${candidate.name}] ${error.message}`],
      ruleViolations: [],
      breaking: [],
      dangerous: [],
    };
  }
  const composed = composeServices(services);
  if (composed.errors) {
    return {
      compositionErrors: composed.errors.map((e) => e.message),
      ruleViolations: [],
      breaking: [],
      dangerous: [],
    };
  }
  const before = Supergraph.build(committed.sdl).apiSchema().toGraphQLJSSchema();
  const after = Supergraph.build(composed.supergraphSdl).apiSchema().toGraphQLJSSchema();
  return {
    compositionErrors: [],
    ruleViolations: nonNullContributedFields(subgraphs),
    breaking: findBreakingChanges(before, after),
    dangerous: findDangerousChanges(before, after),
  };
}

export type Severity = 'COMPOSITION ERROR' | 'PLATFORM RULE' | 'BREAKING' | 'DANGEROUS';

export interface Finding {
  severity: Severity;
  /** graphql-js's change type (FIELD_REMOVED, REQUIRED_ARG_ADDED…); none for a composition error. */
  type?: string;
  description: string;
  /** The committed supergraphs in which it occurs. */
  supergraphs: string[];
}

const SEVERITY_ORDER: Severity[] = ['COMPOSITION ERROR', 'PLATFORM RULE', 'BREAKING', 'DANGEROUS'];

/** One finding per distinct error or change, naming each committed supergraph it occurs in (most occur in all). */
export function findingsOf(checks: { file: string; result: SchemaCheck }[]): Finding[] {
  const findings = new Map<string, Finding>();
  const add = (severity: Severity, description: string, type: string | undefined, file: string) => {
    const key = `${severity}\n${type}\n${description}`;
    const finding = findings.get(key) ?? { severity, type, description, supergraphs: [] };
    finding.supergraphs.push(file);
    findings.set(key, finding);
  };
  for (const { file, result } of checks) {
    for (const error of result.compositionErrors) add('COMPOSITION ERROR', error, undefined, file);
    for (const violation of result.ruleViolations) add('PLATFORM RULE', violation, undefined, file);
    for (const change of result.breaking) add('BREAKING', change.description, change.type, file);
    for (const change of result.dangerous) add('DANGEROUS', change.description, change.type, file);
  }
  return [...findings.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}
