import { buildFederatedSchema, type ReferenceResolvers } from '@cchc/kit';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { UnitResolver } from './unit.resolver.js';
import { unitReference } from './unit.reference.js';

export function buildUnitRegistrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [UnitResolver], validate: true },
    { Unit: unitReference } as ReferenceResolvers,
  );
}

/** The SDL committed in schema/subgraphs/unit-registry.graphql. */
export async function printUnitRegistrySdl(): Promise<string> {
  return printSubgraphSchema(await buildUnitRegistrySchema());
}
