import { printMetricsSdl } from '@cchc/e-government-metrics';
import { printInspectionSdl } from '@cchc/inspection';
import { printStaffingSdl } from '@cchc/partner-staffing';
import { printUnitRegistrySdl } from '@cchc/unit-registry';

export interface SubgraphSource {
  name: string;
  /** Default routing URL; the gateway's configuration overrides it per environment. */
  routingUrl: string;
  print(): Promise<string>;
}

/** Every subgraph of the platform, in composition order. */
export const SUBGRAPHS: SubgraphSource[] = [
  { name: 'unit-registry', routingUrl: 'http://localhost:4001/graphql', print: printUnitRegistrySdl },
  { name: 'inspection', routingUrl: 'http://localhost:4002/graphql', print: printInspectionSdl },
  { name: 'e-government-metrics', routingUrl: 'http://localhost:4003/graphql', print: printMetricsSdl },
];

/**
 * Other agencies' subgraphs, composed with the platform's into supergraph.with-partners.graphql, which the
 * gateway serves when `npm start` runs with PARTNER_SUBGRAPHS=true.
 */
export const PARTNER_SUBGRAPHS: SubgraphSource[] = [
  { name: 'partner-staffing', routingUrl: 'http://localhost:4010/graphql', print: printStaffingSdl },
];
