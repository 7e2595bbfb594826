import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers, referenceById } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import { MetricsResolver } from './metrics.resolver.js';
import { UnitMetricsResolver } from './unit.resolver.js';

export function buildMetricsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [MetricsResolver, UnitMetricsResolver], validate: true }, {
    Unit: referenceById,
  } as ReferenceResolvers);
}

/** The SDL committed in schema/subgraphs/e-government-metrics.graphql. */
export async function printMetricsSdl(): Promise<string> {
  return printSubgraphSchema(await buildMetricsSchema());
}
