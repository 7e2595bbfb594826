import { graphql } from './generated/index.js';

export const FiguresQuery = graphql(`
  query ScoringFigures($unitId: ID!, $period: String!) {
    unit(id: $unitId) {
      id
      indicators(period: $period) {
        code
        period
        value
        status
      }
    }
  }
`);

export const SuggestionsQuery = graphql(`
  query ScoringSuggestions($planId: ID!) {
    inspectionPlan(id: $planId) {
      id
      alertsWithoutFinding {
        target {
          id
        }
        indicatorCode
        status
        value
      }
    }
  }
`);

export const DismissAlertMutation = graphql(`
  mutation ScoringDismissAlert($input: DismissAlertInput!) {
    dismissAlert(input: $input) {
      id
      reason
    }
  }
`);

export const ThresholdsFragment = graphql(`
  fragment ScoringThresholds on CriteriaCatalog {
    id
    classificationThresholds {
      classification
      minPercent
      nameVi
      nameEn
    }
  }
`);

export const ScoredCriterionFragment = graphql(`
  fragment ScoredCriterion on Criterion {
    id
    code
    nameVi
    nameEn
    maxPoints
  }
`);

export const AssessmentFragment = graphql(`
  fragment ScoringAssessment on UnitAssessment {
    version
    total
    maxTotal
    classification
    rank
    scores {
      criterion {
        id
      }
      points
      comment
      prefilled
      reading {
        indicatorCode
        value
      }
    }
  }
`);

export const ScoringQuery = graphql(`
  query ScoringAssessment($planId: ID!) {
    inspectionPlan(id: $planId) {
      id
      catalog {
        ...ScoringThresholds
        areas {
          id
          code
          nameVi
          nameEn
          criteria {
            ...ScoredCriterion
            subCriteria {
              ...ScoredCriterion
            }
          }
        }
      }
      targets {
        id
        assessment {
          ...ScoringAssessment
        }
      }
    }
  }
`);

export const SaveAssessmentMutation = graphql(`
  mutation ScoringSaveAssessment($input: SaveAssessmentInput!) {
    saveAssessment(input: $input) {
      ...ScoringAssessment
    }
  }
`);

export const RankingQuery = graphql(`
  query ScoringRanking($planId: ID!) {
    inspectionPlan(id: $planId) {
      id
      catalog {
        ...ScoringThresholds
      }
      targets {
        id
      }
      ranking {
        rank
        total
        maxTotal
        classification
        target {
          id
        }
        unit {
          id
          name
        }
      }
    }
  }
`);
