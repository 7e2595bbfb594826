import { graphql } from './generated/index.js';

export const CorrectiveActionDetailFragment = graphql(`
  fragment CorrectiveActionDetail on CorrectiveAction {
    id
    requiredAction
    deadline
    status
    version
    verifiedOn
    verificationNote
    responsibleUnit {
      id
      name
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

/** What the edit form and the conflict view compare: the finding as it is stored. */
export const FindingContentFragment = graphql(`
  fragment FindingContent on Finding {
    id
    version
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
      id
      code
      nameVi
      nameEn
    }
    evidenceReading {
      indicatorCode
      value
      numerator
      denominator
      from
      to
      takenAt
    }
    evidence {
      label
      value
      unit
    }
  }
`);

export const FindingDetailQuery = graphql(`
  query FindingDetail($id: ID!) {
    findings(filter: { ids: [$id] }, first: 1) {
      nodes {
        ...FindingContent
        status
        verdict
        measured {
          value
          numerator
          denominator
          period
        }
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
      verdict
      measured {
        value
        numerator
        denominator
        period
      }
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
 * One unit's findings of a plan with their actions, for the printable view (only what the paper shows: the
 * gateway's query cost grows with each field asked for every finding).
 */
export const PrintFindingsQuery = graphql(`
  query PrintFindings($planId: ID!, $unitId: ID!) {
    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: 100) {
      totalCount
      nodes {
        id
        kind
        text
        area {
          id
          code
        }
        criterion {
          id
          code
          nameVi
          nameEn
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
