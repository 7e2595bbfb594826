import { graphql } from './generated/index.js';

/**
 * The unit's side asks for no unit: the server scopes every list to the unit officer's own unit tree (the
 * unit and the units under it), so nothing of another unit can be asked for or shown.
 */

export const UnitSideActionFragment = graphql(`
  fragment UnitSideAction on CorrectiveAction {
    ...CorrectiveActionFields
    responsibleUnit {
      id
      fullName
    }
    finding {
      id
      text
      area {
        id
        nameVi
        nameEn
      }
      plan {
        id
        title
      }
    }
    reports {
      id
      attachments {
        fileName
        mediaType
        sizeBytes
      }
    }
  }
`);

/** The unit tree's corrective actions (earliest deadline first), with how many there are of each status. */
export const UnitSideActionsQuery = graphql(`
  query UnitSideActions($statuses: [ActionStatus!], $first: Int!, $after: String) {
    correctiveActions(filter: { statuses: $statuses }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UnitSideAction
      }
    }
    overdue: correctiveActions(filter: { statuses: [OVERDUE] }, first: 1) {
      totalCount
    }
    open: correctiveActions(filter: { statuses: [OPEN] }, first: 1) {
      totalCount
    }
    reported: correctiveActions(filter: { statuses: [REPORTED] }, first: 1) {
      totalCount
    }
    verified: correctiveActions(filter: { statuses: [VERIFIED] }, first: 1) {
      totalCount
    }
  }
`);

/** What the unit's findings can be filtered by: the years, areas and units they are about. */
export const UnitSideFindingFacetsQuery = graphql(`
  query UnitSideFindingFacets {
    years: findingStats(groupBy: [YEAR]) {
      year
      count
    }
    areas: findingStats(groupBy: [AREA]) {
      areaCode
      areaNameVi
      areaNameEn
      count
    }
    units: findingStats(groupBy: [UNIT]) {
      count
      unit {
        id
        fullName
      }
    }
  }
`);

export const UnitSideFindingsQuery = graphql(`
  query UnitSideFindings($filter: FindingFilter!, $first: Int!, $after: String) {
    findings(filter: $filter, orderBy: AREA, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        text
        status
        unit {
          id
          fullName
        }
        area {
          id
          nameVi
          nameEn
        }
        plan {
          id
          title
          year
        }
      }
    }
  }
`);

export const UnitSideNoticesQuery = graphql(`
  query UnitSideNotices {
    conclusionNotices {
      number
      issuedOn
      strengths
      limitations
      classification
      total
      maxTotal
      unit {
        id
        fullName
      }
      plan {
        id
      }
      actions {
        requiredAction
        deadline
        responsibleRole
        responsibleUnit {
          id
          fullName
        }
      }
    }
  }
`);

export const UnitSideReportMutation = graphql(`
  mutation UnitSideReport($actionId: ID!, $version: Int!, $report: ReportInput!) {
    reportOnCorrectiveAction(actionId: $actionId, version: $version, report: $report) {
      ...UnitSideAction
    }
  }
`);
