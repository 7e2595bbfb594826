import { graphql } from './generated/index.js';

export const UnitSearchQuery = graphql(`
  query UnitSearch($search: String!, $asOf: Date, $first: Int!, $after: String) {
    units(filter: { search: $search, asOf: $asOf }, first: $first, after: $after, orderBy: RELEVANCE) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
      nodes {
        ...PickedUnit
      }
    }
  }
`);

export const UnitRootsQuery = graphql(`
  query UnitRoots($asOf: Date) {
    units(filter: { kinds: [PROVINCE, CENTRAL_CITY], asOf: $asOf }, first: 100, orderBy: CODE) {
      edges {
        cursor
      }
      nodes {
        ...PickedUnit
      }
    }
  }
`);

export const UnitChildrenQuery = graphql(`
  query UnitChildren($id: ID!, $asOf: Date) {
    unit(id: $id) {
      id
      children(asOf: $asOf) {
        ...PickedUnit
      }
    }
  }
`);

/** A unit with the units above it: where in the tree a user (or a plan's lead unit) sits. */
export const UnitPlaceQuery = graphql(`
  query UnitPlace($id: ID!) {
    unit(id: $id) {
      id
      code
      kind
      ancestors {
        id
        code
        kind
      }
    }
  }
`);

export const PickedUnitFragment = graphql(`
  fragment PickedUnit on Unit {
    id
    code
    name
    fullName
    level
    validFrom
    validTo
    parent {
      id
      name
    }
  }
`);

export const UnitScopeQuery = graphql(`
  query UnitScope($id: ID!) {
    unit(id: $id) {
      id
      name
      fullName
    }
  }
`);
