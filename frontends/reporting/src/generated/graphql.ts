/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters combine with AND */
export type ActionFilter = {
  /** The date responsibleUnitCodes resolve on; today when absent */
  asOf?: string | null | undefined;
  /** Also every unit ever below responsibleUnitIds and responsibleUnitCodes */
  includeDescendants?: boolean | null | undefined;
  planId?: string | number | null | undefined;
  /** Responsible units by their code as of asOf, together with responsibleUnitIds */
  responsibleUnitCodes?: Array<string> | null | undefined;
  responsibleUnitIds?: Array<string | number> | null | undefined;
  /** OVERDUE selects open actions past their deadline */
  statuses?: Array<ActionStatus> | null | undefined;
  /** Also the units responsibleUnitIds and responsibleUnitCodes were formed from through reorganisations, at any depth (today's An Giang: Kiên Giang's 2020 findings); with includeDescendants, their sub-units too */
  throughLineage?: boolean | null | undefined;
  /** Actions of findings of the plans of this year */
  year?: number | null | undefined;
};

/** OPEN → REPORTED → VERIFIED; OVERDUE is an OPEN action past its deadline */
export type ActionStatus =
  | 'OPEN'
  | 'OVERDUE'
  | 'REPORTED'
  | 'VERIFIED';

export type ActionTimeliness =
  /** Hoàn thành trễ hạn: reported (or verified) after the deadline */
  | 'DONE_LATE'
  /** Hoàn thành đúng hạn: reported (or verified) by the deadline */
  | 'DONE_ON_TIME'
  /** Đang thực hiện: open, deadline not passed */
  | 'IN_PROGRESS'
  /** Quá hạn: open past the deadline */
  | 'OVERDUE';

/** Xếp loại: Tốt, Khá, Trung bình, Yếu (the catalog names each and states its threshold) */
export type Classification =
  | 'AVERAGE'
  | 'FAIR'
  | 'GOOD'
  | 'WEAK';

/** What the unit's figures say of a finding */
export type EvidenceVerdict =
  /** Khớp số liệu: the figures bear the finding out */
  | 'CONSISTENT'
  /** Trái số liệu: the figures say otherwise */
  | 'CONTRADICTED'
  /** Không đo: the finding names no indicator, or there are no figures */
  | 'NOT_MEASURED'
  /** Số liệu đã sửa: the figures changed since the finding was written */
  | 'REVISED';

/** Filters combine with AND */
export type FindingFilter = {
  areaCodes?: Array<string> | null | undefined;
  /** The date unitCodes resolve on (codes are reused: "91" is An Giang from 2025-07-01); today when absent */
  asOf?: string | null | undefined;
  /** Only these findings (e.g. the one a page shows) */
  ids?: Array<string | number> | null | undefined;
  /** Also every unit ever below unitIds and unitCodes, from unit-registry */
  includeDescendants?: boolean | null | undefined;
  kinds?: Array<FindingKind> | null | undefined;
  planId?: string | number | null | undefined;
  /** Words of the text or criterion code, with or without accents, any case ("ho so tre hen" finds "Hồ sơ trễ hẹn"); each word must begin a word of the finding. At most 100 characters */
  search?: string | null | undefined;
  statuses?: Array<FindingStatus> | null | undefined;
  /** Also the units unitIds and unitCodes were formed from through reorganisations, at any depth (today's An Giang: Kiên Giang's 2020 findings); with includeDescendants, their sub-units too */
  throughLineage?: boolean | null | undefined;
  /** Units by their code as of asOf (e.g. "902"), together with unitIds */
  unitCodes?: Array<string> | null | undefined;
  unitIds?: Array<string | number> | null | undefined;
  /** What the unit's figures say of the finding (judged by e-government-metrics) */
  verdicts?: Array<EvidenceVerdict> | null | undefined;
  year?: number | null | undefined;
};

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

/** One indicator over one unit (and everything under it), over the whole months of from..to */
export type IndicatorReadingInput = {
  /** Any day of the first month */
  from: string;
  indicatorCode: string;
  /** Any day of the last month */
  to: string;
  unitId: string | number;
};

/** Against the target and warning thresholds */
export type IndicatorStatus =
  | 'ALERT'
  | 'GOOD'
  | 'NO_DATA'
  | 'WARNING';

/** How a predecessor unit became its successor */
export type LineageKind =
  /** Giữ nguyên: the whole predecessor alone continues as the successor */
  | 'CONTINUED'
  /** Sáp nhập: the whole predecessor merged with others into the successor */
  | 'MERGED'
  /** Điều chỉnh một phần: part of the predecessor’s area went to the successor */
  | 'PART_TRANSFERRED'
  /** Đổi tên: the whole predecessor alone became the successor under a new name */
  | 'RENAMED'
  /** Chia tách: the predecessor was divided among several successors */
  | 'SPLIT';

/** DRAFT → APPROVED → IN_PROGRESS → CONCLUDED → CLOSED (APPROVED may return to DRAFT) */
export type PlanStatus =
  | 'APPROVED'
  | 'CLOSED'
  | 'CONCLUDED'
  | 'DRAFT'
  | 'IN_PROGRESS';

export type UnitKind =
  /** Thành phố trực thuộc trung ương */
  | 'CENTRAL_CITY'
  /** Xã */
  | 'COMMUNE'
  /** Sở (department of the provincial People’s Committee) */
  | 'DEPARTMENT'
  /** Thị xã */
  | 'DISTRICT_TOWN'
  /** Tỉnh */
  | 'PROVINCE'
  /** Ban, ngành, văn phòng... other provincial agency */
  | 'PROVINCIAL_AGENCY'
  /** Thành phố thuộc tỉnh */
  | 'PROVINCIAL_CITY'
  /** Huyện */
  | 'RURAL_DISTRICT'
  /** Đặc khu */
  | 'SPECIAL_ZONE'
  /** Thị trấn */
  | 'TOWNSHIP'
  /** Quận */
  | 'URBAN_DISTRICT'
  /** Phường */
  | 'WARD';

export type ReportingHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingHomeQuery = { __typename: 'Query', inspectionPlans: { __typename: 'InspectionPlanConnection', nodes: Array<{ __typename: 'InspectionPlan', id: string, year: number, status: PlanStatus, leadUnit: { __typename: 'Unit', id: string, code: string, ancestors: Array<{ __typename: 'Unit', id: string, code: string }> } }> } };

export type ReportingUnitByCodeQueryVariables = Exact<{
  code: string;
  asOf: string;
}>;


export type ReportingUnitByCodeQuery = { __typename: 'Query', unitByCode: { __typename: 'Unit', id: string } | null };

export type ReportingUnitQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type ReportingUnitQuery = { __typename: 'Query', unit: { __typename: 'Unit', id: string, code: string, name: string, fullName: string, validFrom: string | null, validTo: string | null, ancestors: Array<{ __typename: 'Unit', id: string, code: string, name: string }>, predecessors: Array<{ __typename: 'UnitLink', kind: LineageKind, partial: boolean, effectiveDate: string, unit: { __typename: 'Unit', id: string, name: string, fullName: string } }>, children: Array<{ __typename: 'Unit', id: string, name: string, fullName: string, kind: UnitKind, predecessors: Array<{ __typename: 'UnitLink', partial: boolean }> }> } | null };

export type LineageDatesFragment = { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null };

export type ReportingUnitLineageQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportingUnitLineageQuery = { __typename: 'Query', unit: { __typename: 'Unit', code: string, id: string, validFrom: string | null, validTo: string | null, ancestors: Array<{ __typename: 'Unit', id: string, code: string }>, successors: Array<{ __typename: 'UnitLink', unit: { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null, successors: Array<{ __typename: 'UnitLink', unit: { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null, successors: Array<{ __typename: 'UnitLink', unit: { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null } }> } }> } }>, predecessors: Array<{ __typename: 'UnitLink', unit: { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null, predecessors: Array<{ __typename: 'UnitLink', unit: { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null, predecessors: Array<{ __typename: 'UnitLink', unit: { __typename: 'Unit', id: string, validFrom: string | null, validTo: string | null } }> } }> } }> } | null };

export type ReportingIndicatorCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingIndicatorCatalogQuery = { __typename: 'Query', indicatorCatalog: Array<{ __typename: 'IndicatorDefinition', code: string, nameVi: string, nameEn: string, valueUnit: string, direction: string, target: number, warning: number }> };

export type ReportingUnitIndicatorsQueryVariables = Exact<{
  id: string | number;
  period: string;
  asOf?: string | null | undefined;
}>;


export type ReportingUnitIndicatorsQuery = { __typename: 'Query', unit: { __typename: 'Unit', id: string, indicators: Array<{ __typename: 'IndicatorValue', code: string, value: number | null, status: IndicatorStatus, approximate: boolean, coverage: number }> | null, score766: { __typename: 'Score766', total: number, maxTotal: number, approximate: boolean, groups: Array<{ __typename: 'ScoreGroup', code: string, nameVi: string, nameEn: string, points: number, maxPoints: number }> } | null } | null };

export type ReportingReadingsQueryVariables = Exact<{
  readings: Array<IndicatorReadingInput> | IndicatorReadingInput;
}>;


export type ReportingReadingsQuery = { __typename: 'Query', indicatorReadings: Array<{ __typename: 'IndicatorReading', unitId: string, indicatorCode: string, from: string, value: number | null, status: IndicatorStatus, coverage: number }> };

export type ReportingFindingCountsQueryVariables = Exact<{
  filter: FindingFilter;
  consistent: FindingFilter;
  contradicted: FindingFilter;
  revised: FindingFilter;
  notMeasured: FindingFilter;
}>;


export type ReportingFindingCountsQuery = { __typename: 'Query', byArea: Array<{ __typename: 'FindingStat', areaCode: string | null, areaNameVi: string | null, areaNameEn: string | null, count: number }>, byKind: Array<{ __typename: 'FindingStat', kind: FindingKind | null, count: number }>, byStatus: Array<{ __typename: 'FindingStat', status: FindingStatus | null, count: number }>, consistent: { __typename: 'FindingConnection', totalCount: number }, contradicted: { __typename: 'FindingConnection', totalCount: number }, revised: { __typename: 'FindingConnection', totalCount: number }, notMeasured: { __typename: 'FindingConnection', totalCount: number } };

export type ReportingActionTimelinessQueryVariables = Exact<{
  filter: ActionFilter;
}>;


export type ReportingActionTimelinessQuery = { __typename: 'Query', correctiveActionTimeliness: Array<{ __typename: 'ActionTimelinessCount', timeliness: ActionTimeliness, count: number }> };

export type ReportingPlansOfYearQueryVariables = Exact<{
  year: number;
  unitId: string | number;
  throughLineage: boolean;
}>;


export type ReportingPlansOfYearQuery = { __typename: 'Query', inspectionPlans: { __typename: 'InspectionPlanConnection', nodes: Array<{ __typename: 'InspectionPlan', id: string, title: string, status: PlanStatus, catalog: { __typename: 'CriteriaCatalog', id: string, classificationThresholds: Array<{ __typename: 'ClassificationThreshold', classification: Classification, nameVi: string, nameEn: string }> }, targets: Array<{ __typename: 'InspectionTarget', id: string, unit: { __typename: 'Unit', id: string, ancestors: Array<{ __typename: 'Unit', id: string }> } }>, ranking: Array<{ __typename: 'RankedUnit', rank: number, total: number, maxTotal: number, classification: Classification | null, unit: { __typename: 'Unit', id: string, name: string, fullName: string }, target: { __typename: 'InspectionTarget', id: string, notice: { __typename: 'ConclusionNotice', number: string } | null } }> }> }, units?: { __typename: 'UnitConnection', nodes: Array<{ __typename: 'Unit', id: string }> } };

export const LineageDatesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineageDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<LineageDatesFragment, unknown>;
export const ReportingHomeDocument = {"__meta__":{"hash":"09becdb11ad1282214d87d19c1481d105617d9e2d12877afcfd602663b6e1f82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportingHomeQuery, ReportingHomeQueryVariables>;
export const ReportingUnitByCodeDocument = {"__meta__":{"hash":"7ac9ec4ac1519ca396719f82fb14a4e15294efad692e49bcbb82690a59d56ffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingUnitByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportingUnitByCodeQuery, ReportingUnitByCodeQueryVariables>;
export const ReportingUnitDocument = {"__meta__":{"hash":"30a9d6d74dffedda779fce053db96a0b9634e47c4eccc91732ff4e2a4896ae7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportingUnitQuery, ReportingUnitQueryVariables>;
export const ReportingUnitLineageDocument = {"__meta__":{"hash":"eafa6300b8129f071d386cb483ff21754294bac68bee4bf4cc9ab1a18479a51f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingUnitLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageDates"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineageDates"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<ReportingUnitLineageQuery, ReportingUnitLineageQueryVariables>;
export const ReportingIndicatorCatalogDocument = {"__meta__":{"hash":"160f60af3368cce504bc8599fe2447ccf193a8b4fe0ddf5e37c7b635bdc28d18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingIndicatorCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"valueUnit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}}]}}]} as unknown as DocumentNode<ReportingIndicatorCatalogQuery, ReportingIndicatorCatalogQueryVariables>;
export const ReportingUnitIndicatorsDocument = {"__meta__":{"hash":"65a4d4dc1a4d91b747adc4147306fda70a97142977024e9d77b56c1a62bcb115"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingUnitIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score766"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportingUnitIndicatorsQuery, ReportingUnitIndicatorsQueryVariables>;
export const ReportingReadingsDocument = {"__meta__":{"hash":"ad1afba6d991776ccf9f8b5c90b69c196fea38180d56bdf2dc2babe907092dd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorReadingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"readings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<ReportingReadingsQuery, ReportingReadingsQueryVariables>;
export const ReportingFindingCountsDocument = {"__meta__":{"hash":"9d75b3c02c0ba0c935a8649b7db7cef8839e3992e05536ff9bdd000db3ee17bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingFindingCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consistent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contradicted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revised"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notMeasured"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"byArea"},"name":{"kind":"Name","value":"findingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AREA"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaNameVi"}},{"kind":"Field","name":{"kind":"Name","value":"areaNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byKind"},"name":{"kind":"Name","value":"findingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byStatus"},"name":{"kind":"Name","value":"findingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"consistent"},"name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consistent"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"contradicted"},"name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contradicted"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"revised"},"name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revised"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"notMeasured"},"name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notMeasured"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReportingFindingCountsQuery, ReportingFindingCountsQueryVariables>;
export const ReportingActionTimelinessDocument = {"__meta__":{"hash":"4de552642a6911d9556b5a1dedc5187c00efdb565c92a85176d21981dea75c31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingActionTimeliness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActionTimeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ReportingActionTimelinessQuery, ReportingActionTimelinessQueryVariables>;
export const ReportingPlansOfYearDocument = {"__meta__":{"hash":"88ca0dad6efef068798ffdc6da8dade516b7d38846c78d0ceca7b7581409e2ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingPlansOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"throughLineage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classificationThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"predecessorsOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"throughLineage"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingPlansOfYearQuery, ReportingPlansOfYearQueryVariables>;