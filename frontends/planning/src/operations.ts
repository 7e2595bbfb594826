import { graphql } from './generated/index.js';

export const PlanSummaryFragment = graphql(`
  fragment PlanSummary on InspectionPlan {
    id
    year
    title
    status
    periodFrom
    periodTo
    leadUnit {
      id
      name
    }
  }
`);

export const PlanDetailFragment = graphql(`
  fragment PlanDetail on InspectionPlan {
    ...PlanSummary
    decisionNumber
    decisionDate
    scope
    version
    allowedTransitions
    catalog {
      id
      year
      title
    }
    conclusion {
      number
      issuedOn
      summary
      recommendations {
        addressee
        text
      }
    }
    leadUnit {
      id
      fullName
      ancestors {
        id
        name
      }
    }
    team {
      id
      fullName
      role
      agencyName
      position
      username
    }
    targets {
      id
      plannedDate
      unit {
        id
        code
        fullName
        level
      }
      parentTarget {
        id
      }
    }
  }
`);

export const PlansQuery = graphql(`
  query Plans($filter: PlanFilter, $orderBy: PlanOrder, $first: Int!, $after: String) {
    inspectionPlans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PlanSummary
        targets {
          id
        }
      }
    }
  }
`);

export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    inspectionPlan(id: $id) {
      ...PlanDetail
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: PlanInput!) {
    createInspectionPlan(input: $input) {
      ...PlanDetail
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($id: ID!, $version: Int!, $input: PlanInput!) {
    updateInspectionPlan(id: $id, version: $version, input: $input) {
      ...PlanDetail
    }
  }
`);

export const ChangePlanStatusMutation = graphql(`
  mutation ChangePlanStatus($id: ID!, $version: Int!, $status: PlanStatus!) {
    changeInspectionPlanStatus(id: $id, version: $version, status: $status) {
      ...PlanDetail
    }
  }
`);

export const AddTargetMutation = graphql(`
  mutation AddTarget($planId: ID!, $version: Int!, $target: TargetInput!) {
    addInspectionTarget(planId: $planId, version: $version, target: $target) {
      ...PlanDetail
    }
  }
`);

export const RemoveTargetMutation = graphql(`
  mutation RemoveTarget($planId: ID!, $version: Int!, $targetId: ID!) {
    removeInspectionTarget(planId: $planId, version: $version, targetId: $targetId) {
      ...PlanDetail
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($planId: ID!, $version: Int!, $member: TeamMemberInput!) {
    addTeamMember(planId: $planId, version: $version, member: $member) {
      ...PlanDetail
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($planId: ID!, $version: Int!, $memberId: ID!) {
    removeTeamMember(planId: $planId, version: $version, memberId: $memberId) {
      ...PlanDetail
    }
  }
`);

/** How many findings the plan has at each unit inspected, to list them per target before loading any. */
export const PlanFindingCountsQuery = graphql(`
  query PlanFindingCounts($planId: ID!) {
    findingStats(filter: { planId: $planId }, groupBy: [UNIT]) {
      count
      unit {
        id
      }
    }
  }
`);

/** One target's findings under a plan, a page at a time (loaded when the target is opened). */
export const TargetFindingsQuery = graphql(`
  query TargetFindings($planId: ID!, $unitId: ID!, $first: Int!, $after: String) {
    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        severity
        text
        status
        area {
          id
          code
          nameVi
          nameEn
        }
      }
    }
  }
`);

/**
 * Targets worth a visit: units still owing corrective actions from earlier plans, and the units directly under
 * the province as of the plan's start (districts and departments before the 2025 reform, communes, wards and
 * departments after it) whose e-government indicators passed a warning threshold the year before.
 */
export const OwedActionsQuery = graphql(`
  query OwedActions {
    correctiveActions(filter: { statuses: [OPEN, OVERDUE] }, first: 500) {
      nodes {
        id
        status
        responsibleUnit {
          id
          fullName
          validTo
        }
      }
    }
  }
`);

/** Two operations: together they would pass the gateway's query cost limit. */
export const TargetSuggestionsQuery = graphql(`
  query TargetSuggestions($provinceId: ID!, $asOf: Date, $period: String!) {
    units(filter: { parentId: $provinceId, asOf: $asOf }, first: 200) {
      nodes {
        id
        fullName
        suggestedFindings(period: $period) {
          indicatorCode
          severity
        }
        indicators(period: $period, asOf: $asOf) {
          code
          coverage
        }
      }
    }
  }
`);
