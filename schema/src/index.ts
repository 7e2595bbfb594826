import { readFile } from 'node:fs/promises';

/** The composed supergraph the gateway serves, committed beside this package. */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/** The same with the example partner agency's subgraph (served when `npm start` runs with PARTNER_SUBGRAPHS=true). */
export const SUPERGRAPH_WITH_PARTNERS_FILE = new URL('../supergraph.with-partners.graphql', import.meta.url);

export function readSupergraph(file: URL | string = SUPERGRAPH_FILE): Promise<string> {
  return readFile(file, 'utf8');
}
