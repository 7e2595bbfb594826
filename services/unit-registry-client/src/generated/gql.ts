/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment UnitDescription on Unit {\n    id\n    code\n    name\n    level\n    validFrom\n    validTo\n    parent {\n      id\n    }\n    predecessors {\n      partial\n      unit {\n        id\n        validFrom\n      }\n    }\n  }\n": typeof types.UnitDescriptionFragmentDoc,
    "\n  query DescendantsPage($id: ID!, $asOf: Date, $first: Int, $after: String) {\n    units(filter: { descendantsOf: $id, asOf: $asOf }, first: $first, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DescendantsPageDocument,
    "\n  query Predecessors($id: ID!, $first: Int) {\n    units(filter: { predecessorsOf: $id }, first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PredecessorsDocument,
    "\n  query UnitsPage($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitDescription\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UnitsPageDocument,
    "\n  query UnitDescriptions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        ...UnitDescription\n      }\n    }\n  }\n": typeof types.UnitDescriptionsDocument,
    "\n  query KnownUnits($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        id\n      }\n    }\n  }\n": typeof types.KnownUnitsDocument,
    "\n  query UnitIdByCode($code: String!, $asOf: Date) {\n    unitByCode(code: $code, asOf: $asOf) {\n      id\n    }\n  }\n": typeof types.UnitIdByCodeDocument,
};
const documents: Documents = {
    "\n  fragment UnitDescription on Unit {\n    id\n    code\n    name\n    level\n    validFrom\n    validTo\n    parent {\n      id\n    }\n    predecessors {\n      partial\n      unit {\n        id\n        validFrom\n      }\n    }\n  }\n": types.UnitDescriptionFragmentDoc,
    "\n  query DescendantsPage($id: ID!, $asOf: Date, $first: Int, $after: String) {\n    units(filter: { descendantsOf: $id, asOf: $asOf }, first: $first, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DescendantsPageDocument,
    "\n  query Predecessors($id: ID!, $first: Int) {\n    units(filter: { predecessorsOf: $id }, first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PredecessorsDocument,
    "\n  query UnitsPage($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitDescription\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UnitsPageDocument,
    "\n  query UnitDescriptions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        ...UnitDescription\n      }\n    }\n  }\n": types.UnitDescriptionsDocument,
    "\n  query KnownUnits($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        id\n      }\n    }\n  }\n": types.KnownUnitsDocument,
    "\n  query UnitIdByCode($code: String!, $asOf: Date) {\n    unitByCode(code: $code, asOf: $asOf) {\n      id\n    }\n  }\n": types.UnitIdByCodeDocument,
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
export function graphql(source: "\n  fragment UnitDescription on Unit {\n    id\n    code\n    name\n    level\n    validFrom\n    validTo\n    parent {\n      id\n    }\n    predecessors {\n      partial\n      unit {\n        id\n        validFrom\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UnitDescription on Unit {\n    id\n    code\n    name\n    level\n    validFrom\n    validTo\n    parent {\n      id\n    }\n    predecessors {\n      partial\n      unit {\n        id\n        validFrom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DescendantsPage($id: ID!, $asOf: Date, $first: Int, $after: String) {\n    units(filter: { descendantsOf: $id, asOf: $asOf }, first: $first, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DescendantsPage($id: ID!, $asOf: Date, $first: Int, $after: String) {\n    units(filter: { descendantsOf: $id, asOf: $asOf }, first: $first, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Predecessors($id: ID!, $first: Int) {\n    units(filter: { predecessorsOf: $id }, first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Predecessors($id: ID!, $first: Int) {\n    units(filter: { predecessorsOf: $id }, first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPage($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitDescription\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPage($filter: UnitFilter, $first: Int, $after: String) {\n    units(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...UnitDescription\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitDescriptions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        ...UnitDescription\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitDescriptions($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        ...UnitDescription\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnownUnits($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnownUnits($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Unit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitIdByCode($code: String!, $asOf: Date) {\n    unitByCode(code: $code, asOf: $asOf) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query UnitIdByCode($code: String!, $asOf: Date) {\n    unitByCode(code: $code, asOf: $asOf) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;