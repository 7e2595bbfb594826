import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import { unitReference } from './unit.reference.js';
import { UnitResolver } from './unit.resolver.js';

export function buildUnitRegistrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [UnitResolver], validate: true }, {
    Unit: unitReference,
  } as ReferenceResolvers);
}

/** The SDL committed in schema/subgraphs/unit-registry.graphql. */
export async function printUnitRegistrySdl(): Promise<string> {
  return printSubgraphSchema(await buildUnitRegistrySchema());
}
