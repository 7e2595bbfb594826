import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import type { RequestContext } from './http.js';
import { assertAllowed, type Role } from './identity.js';
import { guardArguments } from './input-guard.js';

/** The Federation 2 directives a subgraph may use; type-graphql attaches them with `@Directive`. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

/** For an entity this subgraph knows by id only (another subgraph owns it): the reference is the entity. */
export const referenceById = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers, the same way in every service:
 * print the type-graphql schema with its directives, link the federation spec, and attach
 * type-graphql's resolvers plus each entity's `__resolveReference`, with every argument checked (`guardArguments`).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    validate: { forbidUnknownValues: false },
    authChecker: ({ context, info }, roles) => {
      assertAllowed(
        (context as RequestContext).identity ?? null,
        roles as Role[],
        `${info.parentType.name}.${info.fieldName}`,
      );
      return true;
    },
    ...options,
    skipCheck: true,
  });
  const resolvers: Record<string, object> = { ...createResolversMap(schema) };
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return guardArguments(
    buildSubgraphSchema({
      typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
      // biome-ignore lint/suspicious/noExplicitAny: Apollo's resolver map type is not exported
      resolvers: resolvers as any,
    }),
  );
}
