import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers, referenceById } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import { EvidenceResolver } from './evidence.resolver.js';
import { Finding } from './evidence.types.js';
import { findingReference } from './finding.reference.js';
import { MetricsResolver } from './metrics.resolver.js';
import { UnitMetricsResolver } from './unit.resolver.js';

export function buildMetricsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [MetricsResolver, UnitMetricsResolver, EvidenceResolver],
      // Reached only through the gateway (inspection's findings), never from this subgraph's own fields.
      orphanedTypes: [Finding],
      validate: true,
    },
    {
      Unit: referenceById,
      Finding: findingReference,
    } as ReferenceResolvers,
  );
}

/** The SDL committed in schema/subgraphs/e-government-metrics.graphql. */
export async function printMetricsSdl(): Promise<string> {
  return printSubgraphSchema(await buildMetricsSchema());
}
