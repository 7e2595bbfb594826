import { readFile } from 'node:fs/promises';

/** The composed supergraph the gateway serves, committed beside this package. */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

export function readSupergraph(file: URL | string = SUPERGRAPH_FILE): Promise<string> {
  return readFile(file, 'utf8');
}
