import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers, referenceById } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import { UnitStaffingResolver } from './staffing.resolver.js';
import { Unit, UnitStaffing } from './types.js';

export function buildStaffingSchema(): Promise<GraphQLSchema> {
  // No query of its own: only fields on Unit, so the types must be named (nothing reaches them from a root).
  return buildFederatedSchema(
    { resolvers: [UnitStaffingResolver], orphanedTypes: [Unit, UnitStaffing], validate: true },
    {
      Unit: referenceById,
    } as ReferenceResolvers,
  );
}

/** The SDL an agency submits to `npm run schema:check`, and composes into schema/supergraph.with-partners.graphql. */
export async function printStaffingSdl(): Promise<string> {
  return printSubgraphSchema(await buildStaffingSchema());
}
