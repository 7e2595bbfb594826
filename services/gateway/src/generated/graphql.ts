/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** OPEN → REPORTED → VERIFIED; OVERDUE is an OPEN action past its deadline */
export type ActionStatus =
  | 'OPEN'
  | 'OVERDUE'
  | 'REPORTED'
  | 'VERIFIED';

export type FindingKind =
  /** Tồn tại, hạn chế */
  | 'LIMITATION'
  /** Ưu điểm */
  | 'STRENGTH'
  /** Vi phạm */
  | 'VIOLATION';

export type FindingStatus =
  | 'NOTED'
  | 'OPEN'
  | 'RESOLVED';

export type Grain =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Against the target and warning thresholds */
export type IndicatorStatus =
  | 'ALERT'
  | 'GOOD'
  | 'NO_DATA'
  | 'WARNING';

export type Severity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Tier of a unit: cấp tỉnh, cấp huyện, cấp xã */
export type UnitLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

export type ExportFindingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  planId?: string | number | null | undefined;
  unitIds?: Array<string | number> | string | number | null | undefined;
  unitCodes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  includeDescendants?: boolean | null | undefined;
  areaCodes?: Array<string> | string | null | undefined;
  kinds?: Array<FindingKind> | FindingKind | null | undefined;
  statuses?: Array<FindingStatus> | FindingStatus | null | undefined;
  year?: number | null | undefined;
}>;


export type ExportFindingsQuery = { findings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: FindingKind, severity: Severity, status: FindingStatus, text: string, general: boolean, plan: { year: number, title: string }, unit: { code: string, name: string, level: UnitLevel }, area: { code: string, nameVi: string }, criterion: { code: string } | null, evidence: Array<{ label: string, value: number, unit: string | null }>, actions: Array<{ status: ActionStatus }> }> } };

export type ExportIndicatorFactsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  indicatorCodes?: Array<string> | string | null | undefined;
  unitIds?: Array<string | number> | string | number | null | undefined;
  unitCodes?: Array<string> | string | null | undefined;
  descendantsOf?: string | number | null | undefined;
  descendantsOfCode?: string | null | undefined;
  levels?: Array<string> | string | null | undefined;
  from: string;
  to: string;
  grain?: Grain | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExportIndicatorFactsQuery = { indicatorFacts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ unitId: string, unitCode: string, unitName: string, unitLevel: string, parentId: string | null, period: string, periodStart: string, indicatorCode: string, indicatorName: string, indicatorNameEn: string, numerator: number, denominator: number, value: number | null, status: IndicatorStatus, approximate: boolean, coverage: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExportFindingsDocument = new TypedDocumentString(`
    query ExportFindings($first: Int, $after: String, $planId: ID, $unitIds: [ID!], $unitCodes: [String!], $asOf: Date, $includeDescendants: Boolean, $areaCodes: [String!], $kinds: [FindingKind!], $statuses: [FindingStatus!], $year: Int) {
  findings(
    filter: {planId: $planId, unitIds: $unitIds, unitCodes: $unitCodes, asOf: $asOf, includeDescendants: $includeDescendants, areaCodes: $areaCodes, kinds: $kinds, statuses: $statuses, year: $year}
    orderBy: AREA
    first: $first
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      severity
      status
      text
      general
      plan {
        year
        title
      }
      unit {
        code
        name
        level
      }
      area {
        code
        nameVi
      }
      criterion {
        code
      }
      evidence {
        label
        value
        unit
      }
      actions {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportFindingsQuery, ExportFindingsQueryVariables>;
export const ExportIndicatorFactsDocument = new TypedDocumentString(`
    query ExportIndicatorFacts($first: Int, $after: String, $indicatorCodes: [String!], $unitIds: [ID!], $unitCodes: [String!], $descendantsOf: ID, $descendantsOfCode: String, $levels: [String!], $from: Date!, $to: Date!, $grain: Grain, $asOf: Date) {
  indicatorFacts(
    filter: {indicatorCodes: $indicatorCodes, unitIds: $unitIds, unitCodes: $unitCodes, descendantsOf: $descendantsOf, descendantsOfCode: $descendantsOfCode, levels: $levels, from: $from, to: $to, grain: $grain, asOf: $asOf}
    first: $first
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      unitId
      unitCode
      unitName
      unitLevel
      parentId
      period
      periodStart
      indicatorCode
      indicatorName
      indicatorNameEn
      numerator
      denominator
      value
      status
      approximate
      coverage
    }
  }
}
    `) as unknown as TypedDocumentString<ExportIndicatorFactsQuery, ExportIndicatorFactsQueryVariables>;