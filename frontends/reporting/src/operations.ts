import { graphql } from './generated/index.js';

/** The plans: the year a dashboard opens on (the last concluded campaign) and the province it opens on. */
export const ReportingHomeQuery = graphql(`
  query ReportingHome {
    inspectionPlans(first: 20) {
      nodes {
        id
        year
        status
        leadUnit {
          id
          code
          ancestors {
            id
            code
          }
        }
      }
    }
  }
`);

export const UnitByCodeQuery = graphql(`
  query ReportingUnitByCode($code: String!, $asOf: Date!) {
    unitByCode(code: $code, asOf: $asOf) {
      id
    }
  }
`);

/** The unit a dashboard is about: where it sits, what it was formed from, and its sub-units on the day. */
export const ReportingUnitQuery = graphql(`
  query ReportingUnit($id: ID!, $asOf: Date!) {
    unit(id: $id) {
      id
      code
      name
      fullName
      validFrom
      validTo
      ancestors {
        id
        code
        name
      }
      predecessors {
        kind
        partial
        effectiveDate
        unit {
          id
          name
          fullName
        }
      }
      children(asOf: $asOf) {
        id
        name
        fullName
        kind
        predecessors {
          partial
        }
      }
    }
  }
`);

export const LineageDatesFragment = graphql(`
  fragment LineageDates on Unit {
    id
    validFrom
    validTo
  }
`);

/** The lineage of a unit both ways, three reorganisations deep, to find its counterpart on another day. */
export const UnitLineageQuery = graphql(`
  query ReportingUnitLineage($id: ID!) {
    unit(id: $id) {
      ...LineageDates
      ancestors {
        id
        code
      }
      code
      successors {
        unit {
          ...LineageDates
          successors {
            unit {
              ...LineageDates
              successors {
                unit {
                  ...LineageDates
                }
              }
            }
          }
        }
      }
      predecessors {
        unit {
          ...LineageDates
          predecessors {
            unit {
              ...LineageDates
              predecessors {
                unit {
                  ...LineageDates
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const IndicatorCatalogQuery = graphql(`
  query ReportingIndicatorCatalog {
    indicatorCatalog {
      code
      nameVi
      nameEn
      valueUnit
      direction
      target
      warning
    }
  }
`);

export const UnitIndicatorsQuery = graphql(`
  query ReportingUnitIndicators($id: ID!, $period: String!, $asOf: Date) {
    unit(id: $id) {
      id
      indicators(period: $period, asOf: $asOf) {
        code
        value
        status
        approximate
        coverage
      }
      score766(period: $period) {
        total
        maxTotal
        approximate
        groups {
          code
          nameVi
          nameEn
          points
          maxPoints
        }
      }
    }
  }
`);

/** Indicators of several units and spans of months in one request: the monthly trend, the ranking. */
export const ReadingsQuery = graphql(`
  query ReportingReadings($readings: [IndicatorReadingInput!]!) {
    indicatorReadings(readings: $readings) {
      unitId
      indicatorCode
      from
      value
      status
      coverage
    }
  }
`);

/** Findings counted by area, kind and status, and by what the figures say of them (one filter per verdict). */
export const FindingCountsQuery = graphql(`
  query ReportingFindingCounts(
    $filter: FindingFilter!
    $consistent: FindingFilter!
    $contradicted: FindingFilter!
    $revised: FindingFilter!
    $notMeasured: FindingFilter!
  ) {
    byArea: findingStats(filter: $filter, groupBy: [AREA]) {
      areaCode
      areaNameVi
      areaNameEn
      count
    }
    byKind: findingStats(filter: $filter, groupBy: [KIND]) {
      kind
      count
    }
    byStatus: findingStats(filter: $filter, groupBy: [STATUS]) {
      status
      count
    }
    consistent: findings(filter: $consistent, first: 1) {
      totalCount
    }
    contradicted: findings(filter: $contradicted, first: 1) {
      totalCount
    }
    revised: findings(filter: $revised, first: 1) {
      totalCount
    }
    notMeasured: findings(filter: $notMeasured, first: 1) {
      totalCount
    }
  }
`);

export const ActionTimelinessQuery = graphql(`
  query ReportingActionTimeliness($filter: ActionFilter!) {
    correctiveActionTimeliness(filter: $filter) {
      timeliness
      count
    }
  }
`);

/** The year's plans with their ranking; for today's units, also what the unit was formed from. */
export const PlansOfYearQuery = graphql(`
  query ReportingPlansOfYear($year: Int!, $unitId: ID!, $throughLineage: Boolean!) {
    inspectionPlans(filter: { year: $year }, first: 20) {
      nodes {
        id
        title
        status
        catalog {
          id
          classificationThresholds {
            classification
            nameVi
            nameEn
          }
        }
        targets {
          id
          unit {
            id
            ancestors {
              id
            }
          }
        }
        ranking {
          rank
          total
          maxTotal
          classification
          unit {
            id
            name
            fullName
          }
          target {
            id
            notice {
              number
            }
          }
        }
      }
    }
    units(filter: { predecessorsOf: $unitId }, first: 500) @include(if: $throughLineage) {
      nodes {
        id
      }
    }
  }
`);
