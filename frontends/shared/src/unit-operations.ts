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
    units(filter: { levels: [PROVINCE], asOf: $asOf }, first: 100, orderBy: CODE) {
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
