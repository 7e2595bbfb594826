import { graphql } from './generated/index.js';

export const FindingsPlansQuery = graphql(`
  query FindingsPlans {
    inspectionPlans(first: 100) {
      nodes {
        id
        year
        title
        status
        team {
          id
          username
        }
      }
    }
  }
`);

export const CriterionChoiceFragment = graphql(`
  fragment CriterionChoice on Criterion {
    id
    code
    nameVi
    nameEn
  }
`);

export const VisitFieldsFragment = graphql(`
  fragment VisitFields on Visit {
    actualDate
    attendees
    minutes
    status
    version
  }
`);

export const FindingsPlanQuery = graphql(`
  query FindingsPlan($id: ID!) {
    inspectionPlan(id: $id) {
      id
      year
      title
      status
      periodFrom
      catalog {
        id
        areas {
          id
          code
          position
          nameVi
          nameEn
          criteria {
            ...CriterionChoice
            subCriteria {
              ...CriterionChoice
            }
          }
        }
      }
      targets {
        id
        plannedDate
        unit {
          id
          name
          code
        }
        visit {
          ...VisitFields
        }
      }
    }
  }
`);

export const IndicatorCatalogQuery = graphql(`
  query FindingsIndicatorCatalog {
    indicatorCatalog {
      code
      nameVi
      nameEn
      valueUnit
      areaCode
      direction
      target
      warning
    }
  }
`);

export const UnitIndicatorQuery = graphql(`
  query FindingsUnitIndicator($unitId: ID!, $period: String!, $code: String!) {
    unit(id: $unitId) {
      id
      indicators(period: $period, codes: [$code]) {
        code
        period
        value
        numerator
        denominator
      }
    }
  }
`);

/** What every view of a finding shows: its kind, text, where it belongs and what it rests on. */
export const FindingSubjectFragment = graphql(`
  fragment FindingSubject on Finding {
    id
    kind
    severity
    text
    area {
      id
      code
      nameVi
      nameEn
    }
    criterion {
      ...CriterionChoice
    }
    evidenceReading {
      indicatorCode
      value
      from
      to
    }
    evidence {
      label
      value
      unit
    }
  }
`);

export const FindingRowFragment = graphql(`
  fragment FindingRow on Finding {
    ...FindingSubject
    status
    verdict
    unit {
      id
      name
    }
  }
`);

/** A page of the plan's findings, filtered (and for the review table searched and ordered) by the server. */
export const FindingsQuery = graphql(`
  query PlanFindings($filter: FindingFilter!, $orderBy: FindingOrder, $first: Int!, $after: String) {
    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...FindingRow
      }
    }
  }
`);

export const RecordVisitMutation = graphql(`
  mutation RecordVisit($targetId: ID!, $version: Int!, $visit: VisitInput!) {
    recordVisit(targetId: $targetId, version: $version, visit: $visit) {
      ...VisitFields
    }
  }
`);

export const RecordFindingMutation = graphql(`
  mutation RecordFinding($targetId: ID!, $finding: FindingInput!) {
    recordFinding(targetId: $targetId, finding: $finding) {
      ...FindingRow
    }
  }
`);
