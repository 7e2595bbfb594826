import 'reflect-metadata';
import { type ExecutionResult, type GraphQLSchema, graphql } from 'graphql';
import { Arg, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toClientError } from './errors.js';
import { entityById } from './graphql-types.js';

import { buildFederatedSchema, referenceById } from './subgraph.js';

const Place = entityById('Place');
type Place = InstanceType<typeof Place>;

@InputType()
class PlaceFilter {
  @Field(() => [ID], { nullable: true })
  placeIds?: string[];

  @Field(() => String, { nullable: true })
  search?: string;
}

@Resolver(() => Place)
class PlaceResolver {
  @Query(() => Place)
  place(@Arg('id', () => ID) id: string): Place {
    return { id };
  }

  @Query(() => String)
  placeByCode(@Arg('code', () => String) code: string): string {
    return code;
  }

  @Query(() => Int)
  placeCount(@Arg('filter', () => PlaceFilter, { nullable: true }) filter: PlaceFilter | null): number {
    return filter?.placeIds?.length ?? 0;
  }
}

const A_UUID = '8f7c2a4e-3b1d-4c5e-9a6f-0d1e2f3a4b5c';
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildFederatedSchema({ resolvers: [PlaceResolver] }, { Place: referenceById });
});

const run = (source: string, variableValues?: Record<string, unknown>) =>
  graphql({ schema, source, variableValues, contextValue: {} });

/** The first error as a client would see it. */
function refusal(result: ExecutionResult) {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return toClientError(error.toJSON(), error).extensions;
}

describe('guardArguments', () => {
  it('refuses an ID that is not a UUID, naming the argument', async () => {
    expect(refusal(await run('{ place(id: "not-a-uuid") { id } }'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it('refuses a bad ID inside a list of an input object, naming its path', async () => {
    const result = await run('{ placeCount(filter: { placeIds: ["x"] }) }');
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.placeIds' });
  });

  it('refuses a number sent as an ID in variables', async () => {
    const result = await run('query ($ids: [ID!]) { placeCount(filter: { placeIds: $ids }) }', {
      ids: [1e308],
    });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.placeIds' });
  });

  it('refuses text holding a NUL character or a lone surrogate', async () => {
    const query = 'query ($code: String!) { placeByCode(code: $code) }';
    expect(refusal(await run(query, { code: '90\u00003' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    expect(refusal(await run(query, { code: '\ud800x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    const nested = await run('{ placeCount(filter: { search: "a\\u0000b" }) }');
    expect(refusal(nested)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('lets UUIDs, Vietnamese text, emoji and an explicit null filter through to the resolver', async () => {
    const result = await run(
      `{ place(id: "${A_UUID}") { id } placeByCode(code: "Hòn Đất 🏝") none: placeCount(filter: null)
         some: placeCount(filter: { placeIds: ["${A_UUID.toUpperCase()}"] }) }`,
    );
    expect(result).toEqual({
      data: { place: { id: A_UUID }, placeByCode: 'Hòn Đất 🏝', none: 0, some: 1 },
    });
  });

  it('refuses an entity representation that is not an entity of the subgraph with a UUID id', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Place { id } } }';
    for (const representation of [
      { __typename: 'Place', id: 'x' },
      { __typename: 'Place' },
      { __typename: 'Nowhere', id: A_UUID },
      { __typename: 'Query', id: A_UUID },
      'Place',
      7,
    ]) {
      const result = await run(query, { r: [representation] });
      expect(refusal(result), JSON.stringify(representation)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'representations',
      });
    }
    expect(await run(query, { r: [{ __typename: 'Place', id: A_UUID }] })).toEqual({
      data: { _entities: [{ id: A_UUID }] },
    });
  });
});
