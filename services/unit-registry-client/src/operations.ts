import { graphql } from './generated/index.js';

/** What other services need to know of a unit (see UnitDescription). */
export const UnitDescriptionFragment = graphql(`
  fragment UnitDescription on Unit {
    id
    code
    name
    level
    validFrom
    validTo
    parent {
      id
    }
    predecessors {
      partial
      unit {
        id
        validFrom
      }
    }
  }
`);

/** Also asked for many units at once, one alias per unit (see perItem). */
export const DescendantsPageQuery = graphql(`
  query DescendantsPage($id: ID!, $asOf: Date, $first: Int, $after: String) {
    units(filter: { descendantsOf: $id, asOf: $asOf }, first: $first, after: $after) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Asked for many units at once, one alias per unit (see perItem). */
export const PredecessorsQuery = graphql(`
  query Predecessors($id: ID!, $first: Int) {
    units(filter: { predecessorsOf: $id }, first: $first) {
      nodes {
        id
      }
    }
  }
`);

export const UnitsPageQuery = graphql(`
  query UnitsPage($filter: UnitFilter, $first: Int, $after: String) {
    units(filter: $filter, first: $first, after: $after) {
      nodes {
        ...UnitDescription
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnitDescriptionsQuery = graphql(`
  query UnitDescriptions($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Unit {
        ...UnitDescription
      }
    }
  }
`);

export const KnownUnitsQuery = graphql(`
  query KnownUnits($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Unit {
        id
      }
    }
  }
`);

/** Also asked for many codes at once, one alias per code (see perItem). */
export const UnitIdByCodeQuery = graphql(`
  query UnitIdByCode($code: String!, $asOf: Date) {
    unitByCode(code: $code, asOf: $asOf) {
      id
    }
  }
`);
