/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FindingsPlans {\n    inspectionPlans(first: 100) {\n      nodes {\n        id\n        year\n        title\n        status\n        team {\n          id\n          username\n        }\n      }\n    }\n  }\n": typeof types.FindingsPlansDocument,
    "\n  fragment CriterionChoice on Criterion {\n    id\n    code\n    nameVi\n    nameEn\n  }\n": typeof types.CriterionChoiceFragmentDoc,
    "\n  query FindingsPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      id\n      year\n      title\n      status\n      periodFrom\n      catalog {\n        id\n        areas {\n          id\n          code\n          position\n          nameVi\n          nameEn\n          criteria {\n            ...CriterionChoice\n            subCriteria {\n              ...CriterionChoice\n            }\n          }\n        }\n      }\n      targets {\n        id\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        visit {\n          actualDate\n          attendees\n          minutes\n          status\n          version\n        }\n      }\n    }\n  }\n": typeof types.FindingsPlanDocument,
    "\n  query FindingsIndicatorCatalog {\n    indicatorCatalog {\n      code\n      nameVi\n      nameEn\n      valueUnit\n      areaCode\n    }\n  }\n": typeof types.FindingsIndicatorCatalogDocument,
    "\n  query FindingsUnitIndicator($unitId: ID!, $period: String!, $code: String!) {\n    unit(id: $unitId) {\n      id\n      indicators(period: $period, codes: [$code]) {\n        code\n        period\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n": typeof types.FindingsUnitIndicatorDocument,
    "\n  fragment FindingRow on Finding {\n    id\n    kind\n    severity\n    text\n    verdict\n    evidenceReading {\n      indicatorCode\n      value\n      from\n      to\n    }\n    evidence {\n      label\n      value\n      unit\n    }\n    unit {\n      id\n      name\n    }\n    area {\n      id\n      code\n      nameVi\n      nameEn\n    }\n    criterion {\n      id\n      code\n      nameVi\n      nameEn\n    }\n  }\n": typeof types.FindingRowFragmentDoc,
    "\n  query PlanFindings($filter: FindingFilter!, $first: Int!, $after: String) {\n    findings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FindingRow\n      }\n    }\n  }\n": typeof types.PlanFindingsDocument,
    "\n  mutation RecordVisit($targetId: ID!, $version: Int!, $visit: VisitInput!) {\n    recordVisit(targetId: $targetId, version: $version, visit: $visit) {\n      actualDate\n      attendees\n      minutes\n      status\n      version\n    }\n  }\n": typeof types.RecordVisitDocument,
    "\n  mutation RecordFinding($targetId: ID!, $finding: FindingInput!) {\n    recordFinding(targetId: $targetId, finding: $finding) {\n      ...FindingRow\n    }\n  }\n": typeof types.RecordFindingDocument,
};
const documents: Documents = {
    "\n  query FindingsPlans {\n    inspectionPlans(first: 100) {\n      nodes {\n        id\n        year\n        title\n        status\n        team {\n          id\n          username\n        }\n      }\n    }\n  }\n": types.FindingsPlansDocument,
    "\n  fragment CriterionChoice on Criterion {\n    id\n    code\n    nameVi\n    nameEn\n  }\n": types.CriterionChoiceFragmentDoc,
    "\n  query FindingsPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      id\n      year\n      title\n      status\n      periodFrom\n      catalog {\n        id\n        areas {\n          id\n          code\n          position\n          nameVi\n          nameEn\n          criteria {\n            ...CriterionChoice\n            subCriteria {\n              ...CriterionChoice\n            }\n          }\n        }\n      }\n      targets {\n        id\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        visit {\n          actualDate\n          attendees\n          minutes\n          status\n          version\n        }\n      }\n    }\n  }\n": types.FindingsPlanDocument,
    "\n  query FindingsIndicatorCatalog {\n    indicatorCatalog {\n      code\n      nameVi\n      nameEn\n      valueUnit\n      areaCode\n    }\n  }\n": types.FindingsIndicatorCatalogDocument,
    "\n  query FindingsUnitIndicator($unitId: ID!, $period: String!, $code: String!) {\n    unit(id: $unitId) {\n      id\n      indicators(period: $period, codes: [$code]) {\n        code\n        period\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n": types.FindingsUnitIndicatorDocument,
    "\n  fragment FindingRow on Finding {\n    id\n    kind\n    severity\n    text\n    verdict\n    evidenceReading {\n      indicatorCode\n      value\n      from\n      to\n    }\n    evidence {\n      label\n      value\n      unit\n    }\n    unit {\n      id\n      name\n    }\n    area {\n      id\n      code\n      nameVi\n      nameEn\n    }\n    criterion {\n      id\n      code\n      nameVi\n      nameEn\n    }\n  }\n": types.FindingRowFragmentDoc,
    "\n  query PlanFindings($filter: FindingFilter!, $first: Int!, $after: String) {\n    findings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FindingRow\n      }\n    }\n  }\n": types.PlanFindingsDocument,
    "\n  mutation RecordVisit($targetId: ID!, $version: Int!, $visit: VisitInput!) {\n    recordVisit(targetId: $targetId, version: $version, visit: $visit) {\n      actualDate\n      attendees\n      minutes\n      status\n      version\n    }\n  }\n": types.RecordVisitDocument,
    "\n  mutation RecordFinding($targetId: ID!, $finding: FindingInput!) {\n    recordFinding(targetId: $targetId, finding: $finding) {\n      ...FindingRow\n    }\n  }\n": types.RecordFindingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsPlans {\n    inspectionPlans(first: 100) {\n      nodes {\n        id\n        year\n        title\n        status\n        team {\n          id\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsPlans {\n    inspectionPlans(first: 100) {\n      nodes {\n        id\n        year\n        title\n        status\n        team {\n          id\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionChoice on Criterion {\n    id\n    code\n    nameVi\n    nameEn\n  }\n"): (typeof documents)["\n  fragment CriterionChoice on Criterion {\n    id\n    code\n    nameVi\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      id\n      year\n      title\n      status\n      periodFrom\n      catalog {\n        id\n        areas {\n          id\n          code\n          position\n          nameVi\n          nameEn\n          criteria {\n            ...CriterionChoice\n            subCriteria {\n              ...CriterionChoice\n            }\n          }\n        }\n      }\n      targets {\n        id\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        visit {\n          actualDate\n          attendees\n          minutes\n          status\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      id\n      year\n      title\n      status\n      periodFrom\n      catalog {\n        id\n        areas {\n          id\n          code\n          position\n          nameVi\n          nameEn\n          criteria {\n            ...CriterionChoice\n            subCriteria {\n              ...CriterionChoice\n            }\n          }\n        }\n      }\n      targets {\n        id\n        plannedDate\n        unit {\n          id\n          name\n          code\n        }\n        visit {\n          actualDate\n          attendees\n          minutes\n          status\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsIndicatorCatalog {\n    indicatorCatalog {\n      code\n      nameVi\n      nameEn\n      valueUnit\n      areaCode\n    }\n  }\n"): (typeof documents)["\n  query FindingsIndicatorCatalog {\n    indicatorCatalog {\n      code\n      nameVi\n      nameEn\n      valueUnit\n      areaCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsUnitIndicator($unitId: ID!, $period: String!, $code: String!) {\n    unit(id: $unitId) {\n      id\n      indicators(period: $period, codes: [$code]) {\n        code\n        period\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsUnitIndicator($unitId: ID!, $period: String!, $code: String!) {\n    unit(id: $unitId) {\n      id\n      indicators(period: $period, codes: [$code]) {\n        code\n        period\n        value\n        numerator\n        denominator\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingRow on Finding {\n    id\n    kind\n    severity\n    text\n    verdict\n    evidenceReading {\n      indicatorCode\n      value\n      from\n      to\n    }\n    evidence {\n      label\n      value\n      unit\n    }\n    unit {\n      id\n      name\n    }\n    area {\n      id\n      code\n      nameVi\n      nameEn\n    }\n    criterion {\n      id\n      code\n      nameVi\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment FindingRow on Finding {\n    id\n    kind\n    severity\n    text\n    verdict\n    evidenceReading {\n      indicatorCode\n      value\n      from\n      to\n    }\n    evidence {\n      label\n      value\n      unit\n    }\n    unit {\n      id\n      name\n    }\n    area {\n      id\n      code\n      nameVi\n      nameEn\n    }\n    criterion {\n      id\n      code\n      nameVi\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanFindings($filter: FindingFilter!, $first: Int!, $after: String) {\n    findings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FindingRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanFindings($filter: FindingFilter!, $first: Int!, $after: String) {\n    findings(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...FindingRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisit($targetId: ID!, $version: Int!, $visit: VisitInput!) {\n    recordVisit(targetId: $targetId, version: $version, visit: $visit) {\n      actualDate\n      attendees\n      minutes\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisit($targetId: ID!, $version: Int!, $visit: VisitInput!) {\n    recordVisit(targetId: $targetId, version: $version, visit: $visit) {\n      actualDate\n      attendees\n      minutes\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($targetId: ID!, $finding: FindingInput!) {\n    recordFinding(targetId: $targetId, finding: $finding) {\n      ...FindingRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFinding($targetId: ID!, $finding: FindingInput!) {\n    recordFinding(targetId: $targetId, finding: $finding) {\n      ...FindingRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;