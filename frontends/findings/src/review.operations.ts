import { graphql } from './generated/index.js';

/** A page of the plan's findings for the review table, filtered, searched and ordered by the server. */
export const ReviewFindingsQuery = graphql(`
  query ReviewFindings($filter: FindingFilter!, $orderBy: FindingOrder, $first: Int!, $after: String) {
    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...FindingRow
        status
      }
    }
  }
`);
