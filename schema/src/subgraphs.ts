import { readFile } from 'node:fs/promises';

export interface SubgraphSource {
  name: string;
  /** Default routing URL; the gateway's configuration overrides it per environment. */
  routingUrl: string;
}

/** Every subgraph of the platform, in composition order. */
export const SUBGRAPHS: SubgraphSource[] = [
  { name: 'unit-registry', routingUrl: 'http://localhost:4001/graphql' },
  { name: 'inspection', routingUrl: 'http://localhost:4002/graphql' },
  { name: 'e-government-metrics', routingUrl: 'http://localhost:4003/graphql' },
];

/**
 * Other agencies' subgraphs, composed with the platform's into supergraph.with-partners.graphql, which the
 * gateway serves when `npm start` runs with PARTNER_SUBGRAPHS=true.
 */
export const PARTNER_SUBGRAPHS: SubgraphSource[] = [
  { name: 'partner-staffing', routingUrl: 'http://localhost:4010/graphql' },
];

/** A subgraph's SDL as its service printed it into schema/subgraphs/ (`npm run schema:print` in the service). */
export const readSubgraphSdl = (name: string): Promise<string> =>
  readFile(new URL(`../subgraphs/${name}.graphql`, import.meta.url), 'utf8');
