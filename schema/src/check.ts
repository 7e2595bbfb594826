import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import {
  type BreakingChange,
  type DangerousChange,
  findBreakingChanges,
  findDangerousChanges,
  parse,
} from 'graphql';
import { SUBGRAPHS } from './subgraphs.js';

export interface CandidateSubgraph {
  name: string;
  sdl: string;
}

export interface SchemaCheck {
  /** Composition failed: the candidate cannot join the supergraph as it is. */
  compositionErrors: string[];
  /** Changes that break clients of the committed supergraph (removed or retyped fields, new required arguments…). */
  breaking: BreakingChange[];
  /** Changes that may change what existing clients see (e.g. a new enum value, a changed default). */
  dangerous: DangerousChange[];
}

const root = new URL('../', import.meta.url);

/** The subgraph SDLs committed in schema/subgraphs/, as composed into schema/supergraph.graphql. */
export async function committedSubgraphs(): Promise<CandidateSubgraph[]> {
  return Promise.all(
    SUBGRAPHS.map(async (s) => ({
      name: s.name,
      sdl: await readFile(new URL(`subgraphs/${s.name}.graphql`, root), 'utf8'),
    })),
  );
}

/**
 * Composes the committed subgraphs with a candidate (replacing the subgraph of the same name, or joining as a
 * new one) and compares the resulting API — what clients see — with the committed supergraph's.
 */
export function checkCandidate(
  subgraphs: CandidateSubgraph[],
  committedSupergraphSdl: string,
  candidate: CandidateSubgraph,
): SchemaCheck {
  const services = [...subgraphs.filter((s) => s.name !== candidate.name), candidate].map((s) => ({
    name: s.name,
    url: `http://${s.name}/graphql`,
    typeDefs: parse(s.sdl),
  }));
  const composed = composeServices(services);
  if (composed.errors) {
    return { compositionErrors: composed.errors.map((e) => e.message), breaking: [], dangerous: [] };
  }
  const before = Supergraph.build(committedSupergraphSdl).apiSchema().toGraphQLJSSchema();
  const after = Supergraph.build(composed.supergraphSdl).apiSchema().toGraphQLJSSchema();
  return {
    compositionErrors: [],
    breaking: findBreakingChanges(before, after),
    dangerous: findDangerousChanges(before, after),
  };
}
