import { graphql } from './generated/index.js';

/** What the inspectors' and the unit's views of a corrective action both show. */
export const CorrectiveActionFieldsFragment = graphql(`
  fragment CorrectiveActionFields on CorrectiveAction {
    id
    version
    requiredAction
    deadline
    status
    verifiedOn
    verificationNote
    responsibleUnit {
      id
    }
    reports {
      id
      reportedOn
      text
      author
      attachments {
        fileName
      }
    }
  }
`);

export const CorrectiveActionDetailFragment = graphql(`
  fragment CorrectiveActionDetail on CorrectiveAction {
    ...CorrectiveActionFields
    responsibleUnit {
      id
      name
    }
  }
`);

/** What the edit form and the conflict view compare: the finding as it is stored. */
export const FindingContentFragment = graphql(`
  fragment FindingContent on Finding {
    ...FindingSubject
    version
    evidenceReading {
      numerator
      denominator
      takenAt
    }
  }
`);

/** The unit's figures the finding is checked against, and what the check says. */
export const FindingMeasureFragment = graphql(`
  fragment FindingMeasure on Finding {
    verdict
    measured {
      value
      numerator
      denominator
      period
    }
  }
`);

export const FindingDetailQuery = graphql(`
  query FindingDetail($id: ID!) {
    findings(filter: { ids: [$id] }, first: 1) {
      nodes {
        ...FindingContent
        ...FindingMeasure
        status
        unit {
          id
          name
        }
        plan {
          id
          title
          team {
            id
            username
          }
        }
        target {
          id
        }
        actions {
          ...CorrectiveActionDetail
        }
      }
    }
  }
`);

export const FindingHistoryQuery = graphql(`
  query FindingHistory($id: ID!) {
    auditLog(objectId: $id, first: 100) {
      totalCount
      nodes {
        id
        action
        actor
        at
        changes
      }
    }
  }
`);

export const UpdateFindingMutation = graphql(`
  mutation DetailUpdateFinding($id: ID!, $version: Int!, $finding: FindingInput!) {
    updateFinding(id: $id, version: $version, finding: $finding) {
      ...FindingContent
      ...FindingMeasure
    }
  }
`);

export const CreateCorrectiveActionMutation = graphql(`
  mutation DetailCreateCorrectiveAction($findingId: ID!, $action: ActionInput!) {
    createCorrectiveAction(findingId: $findingId, action: $action) {
      ...CorrectiveActionDetail
    }
  }
`);

export const VerifyCorrectiveActionMutation = graphql(`
  mutation DetailVerifyCorrectiveAction($actionId: ID!, $version: Int!, $accepted: Boolean!, $note: String) {
    verifyCorrectiveAction(actionId: $actionId, version: $version, accepted: $accepted, note: $note) {
      ...CorrectiveActionDetail
    }
  }
`);

/**
 * One unit's findings of a plan with their actions, for the printable view (the actions with only what the paper
 * shows: the gateway's query cost grows with each field asked for every finding).
 */
export const PrintFindingsQuery = graphql(`
  query PrintFindings($planId: ID!, $unitId: ID!, $first: Int!, $after: String) {
    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...FindingSubject
        actions {
          id
          requiredAction
          deadline
          status
          responsibleUnit {
            id
            name
          }
        }
      }
    }
  }
`);
