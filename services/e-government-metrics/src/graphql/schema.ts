import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers, referenceById } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import { EvidenceResolver } from './evidence.resolver.js';
import { Finding } from './evidence.types.js';
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
      // The gateway sends the finding's kind and evidence reading (@requires): the reference is the finding.
      Finding: { __resolveReference: (finding: Finding) => finding },
    } as ReferenceResolvers,
  );
}

/** The SDL committed in schema/subgraphs/e-government-metrics.graphql. */
export async function printMetricsSdl(): Promise<string> {
  return printSubgraphSchema(await buildMetricsSchema());
}
