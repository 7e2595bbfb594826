import {
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer } from './apollo.js';
import type { RequestContext } from './http.js';
import { createLogger } from './logger.js';

/** A unit whose parent is a unit: as deep a query as anyone wants, like the registry's tree. */
const Unit: GraphQLObjectType = new GraphQLObjectType({
  name: 'Unit',
  fields: () => ({
    code: { type: GraphQLString, resolve: () => '91' },
    parent: { type: Unit, resolve: () => ({}) },
  }),
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      unit: { type: Unit, args: { code: { type: GraphQLString } }, resolve: () => ({}) },
      /** Stands for `_entities(representations:)`: a batch in one variable. */
      count: {
        type: GraphQLInt,
        args: { ids: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLID))) } },
        resolve: (_source, { ids }: { ids: string[] }) => ids.length,
      },
    },
  }),
});

const apollo = createApolloServer<RequestContext>({ schema }, { introspection: false });
const contextValue = {
  requestId: 'test',
  logger: createLogger('kit-limits-test', 'silent'),
} as RequestContext;
beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { status: response.http.status ?? 200, data, errors };
}

const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `u${i}: unit(code: "${i}") { code }`).join(' ')} }`;
/** `unit { parent { … parent { code } } }`: `depth` fields deep. */
const nested = (depth: number) =>
  `{ unit ${'{ parent '.repeat(depth - 2)}{ code }${' }'.repeat(depth - 2)} }`;

describe('a subgraph refuses operations over its limits with HTTP 400 before running them', () => {
  it('answers 50 aliases (the registry client batch) and refuses 51, naming the limit', async () => {
    const allowed = await ask(aliases(50));
    expect(allowed.errors).toBeUndefined();
    expect(Object.keys(allowed.data ?? {})).toHaveLength(50);

    const refused = await ask(aliases(300));
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.errors?.[0]?.message).toMatch(/Aliases limit of 50 exceeded, found 300/);
    expect((await ask(aliases(51))).status).toBe(400);
  });

  it('answers 14 levels (an entity fetch two deeper than the gateway allows) and refuses 15', async () => {
    expect((await ask(nested(14))).errors).toBeUndefined();
    const refused = await ask(nested(15));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/depth limit of 14 exceeded, found 15/);
  });

  it('refuses more than 50 directives', async () => {
    const refused = await ask(`{ unit { code ${'@include(if: true) '.repeat(51)} } }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/Directives limit of 50 exceeded, found 51/);
  });

  it('stops parsing past 10,000 tokens', async () => {
    // `__typename` repeated: one token each, plus the two braces.
    const refused = await ask(`{ ${'__typename '.repeat(10_000)}}`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/Document contains more tha[nt] 10000 tokens/);
  });

  it('does not count variables: a batch of 20,000 ids in one variable passes', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => String(i));
    const answer = await ask('query Count($ids: [ID!]!) { count(ids: $ids) }', { ids });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ count: 20_000 });
  });
});
