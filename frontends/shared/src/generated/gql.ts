/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnitSearch($search: String!, $asOf: Date, $first: Int!, $after: String) {\n    units(filter: { search: $search, asOf: $asOf }, first: $first, after: $after, orderBy: RELEVANCE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n": typeof types.UnitSearchDocument,
    "\n  query UnitRoots($asOf: Date) {\n    units(filter: { kinds: [PROVINCE, CENTRAL_CITY], asOf: $asOf }, first: 100, orderBy: CODE) {\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n": typeof types.UnitRootsDocument,
    "\n  query UnitChildren($id: ID!, $asOf: Date) {\n    unit(id: $id) {\n      id\n      children(asOf: $asOf) {\n        ...PickedUnit\n      }\n    }\n  }\n": typeof types.UnitChildrenDocument,
    "\n  query UnitPlace($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      kind\n      ancestors {\n        id\n        code\n        kind\n      }\n    }\n  }\n": typeof types.UnitPlaceDocument,
    "\n  fragment PickedUnit on Unit {\n    id\n    code\n    name\n    fullName\n    level\n    validFrom\n    validTo\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.PickedUnitFragmentDoc,
    "\n  query UnitScope($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      fullName\n    }\n  }\n": typeof types.UnitScopeDocument,
};
const documents: Documents = {
    "\n  query UnitSearch($search: String!, $asOf: Date, $first: Int!, $after: String) {\n    units(filter: { search: $search, asOf: $asOf }, first: $first, after: $after, orderBy: RELEVANCE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n": types.UnitSearchDocument,
    "\n  query UnitRoots($asOf: Date) {\n    units(filter: { kinds: [PROVINCE, CENTRAL_CITY], asOf: $asOf }, first: 100, orderBy: CODE) {\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n": types.UnitRootsDocument,
    "\n  query UnitChildren($id: ID!, $asOf: Date) {\n    unit(id: $id) {\n      id\n      children(asOf: $asOf) {\n        ...PickedUnit\n      }\n    }\n  }\n": types.UnitChildrenDocument,
    "\n  query UnitPlace($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      kind\n      ancestors {\n        id\n        code\n        kind\n      }\n    }\n  }\n": types.UnitPlaceDocument,
    "\n  fragment PickedUnit on Unit {\n    id\n    code\n    name\n    fullName\n    level\n    validFrom\n    validTo\n    parent {\n      id\n      name\n    }\n  }\n": types.PickedUnitFragmentDoc,
    "\n  query UnitScope($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      fullName\n    }\n  }\n": types.UnitScopeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSearch($search: String!, $asOf: Date, $first: Int!, $after: String) {\n    units(filter: { search: $search, asOf: $asOf }, first: $first, after: $after, orderBy: RELEVANCE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitSearch($search: String!, $asOf: Date, $first: Int!, $after: String) {\n    units(filter: { search: $search, asOf: $asOf }, first: $first, after: $after, orderBy: RELEVANCE) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRoots($asOf: Date) {\n    units(filter: { kinds: [PROVINCE, CENTRAL_CITY], asOf: $asOf }, first: 100, orderBy: CODE) {\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRoots($asOf: Date) {\n    units(filter: { kinds: [PROVINCE, CENTRAL_CITY], asOf: $asOf }, first: 100, orderBy: CODE) {\n      edges {\n        cursor\n      }\n      nodes {\n        ...PickedUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChildren($id: ID!, $asOf: Date) {\n    unit(id: $id) {\n      id\n      children(asOf: $asOf) {\n        ...PickedUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitChildren($id: ID!, $asOf: Date) {\n    unit(id: $id) {\n      id\n      children(asOf: $asOf) {\n        ...PickedUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPlace($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      kind\n      ancestors {\n        id\n        code\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPlace($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      kind\n      ancestors {\n        id\n        code\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickedUnit on Unit {\n    id\n    code\n    name\n    fullName\n    level\n    validFrom\n    validTo\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PickedUnit on Unit {\n    id\n    code\n    name\n    fullName\n    level\n    validFrom\n    validTo\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitScope($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query UnitScope($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      fullName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;