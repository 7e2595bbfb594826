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
    "\n  fragment PlanSummary on InspectionPlan {\n    id\n    year\n    title\n    status\n    periodFrom\n    periodTo\n    leadUnit {\n      id\n      name\n    }\n  }\n": typeof types.PlanSummaryFragmentDoc,
    "\n  fragment PlanDetail on InspectionPlan {\n    ...PlanSummary\n    decisionNumber\n    decisionDate\n    scope\n    version\n    allowedTransitions\n    catalog {\n      id\n      year\n      title\n    }\n    conclusion {\n      number\n      issuedOn\n      summary\n      recommendations {\n        addressee\n        text\n      }\n    }\n    leadUnit {\n      id\n      fullName\n      ancestors {\n        id\n        name\n      }\n    }\n    team {\n      id\n      fullName\n      role\n      agencyName\n      position\n      username\n    }\n    targets {\n      id\n      plannedDate\n      unit {\n        id\n        code\n        fullName\n        level\n      }\n      parentTarget {\n        id\n      }\n    }\n  }\n": typeof types.PlanDetailFragmentDoc,
    "\n  query Plans($filter: PlanFilter, $orderBy: PlanOrder, $first: Int!, $after: String) {\n    inspectionPlans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlanSummary\n        targets {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query Plan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanDetail\n    }\n  }\n": typeof types.PlanDocument,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...PlanDetail\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $version: Int!, $input: PlanInput!) {\n    updateInspectionPlan(id: $id, version: $version, input: $input) {\n      ...PlanDetail\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation ChangePlanStatus($id: ID!, $version: Int!, $status: PlanStatus!) {\n    changeInspectionPlanStatus(id: $id, version: $version, status: $status) {\n      ...PlanDetail\n    }\n  }\n": typeof types.ChangePlanStatusDocument,
    "\n  mutation AddTarget($planId: ID!, $version: Int!, $target: TargetInput!) {\n    addInspectionTarget(planId: $planId, version: $version, target: $target) {\n      ...PlanDetail\n    }\n  }\n": typeof types.AddTargetDocument,
    "\n  mutation RemoveTarget($planId: ID!, $version: Int!, $targetId: ID!) {\n    removeInspectionTarget(planId: $planId, version: $version, targetId: $targetId) {\n      ...PlanDetail\n    }\n  }\n": typeof types.RemoveTargetDocument,
    "\n  mutation AddTeamMember($planId: ID!, $version: Int!, $member: TeamMemberInput!) {\n    addTeamMember(planId: $planId, version: $version, member: $member) {\n      ...PlanDetail\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($planId: ID!, $version: Int!, $memberId: ID!) {\n    removeTeamMember(planId: $planId, version: $version, memberId: $memberId) {\n      ...PlanDetail\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  query PlanFindingCounts($planId: ID!) {\n    findingStats(filter: { planId: $planId }, groupBy: [UNIT]) {\n      count\n      unit {\n        id\n      }\n    }\n  }\n": typeof types.PlanFindingCountsDocument,
    "\n  query TargetFindings($planId: ID!, $unitId: ID!, $first: Int!, $after: String) {\n    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        severity\n        text\n        status\n        area {\n          id\n          code\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.TargetFindingsDocument,
    "\n  query OwedActions {\n    correctiveActions(filter: { statuses: [OPEN, OVERDUE] }, first: 500) {\n      nodes {\n        id\n        status\n        responsibleUnit {\n          id\n          fullName\n          validTo\n        }\n      }\n    }\n  }\n": typeof types.OwedActionsDocument,
    "\n  query TargetSuggestions($provinceId: ID!, $asOf: Date, $period: String!) {\n    units(filter: { parentId: $provinceId, asOf: $asOf }, first: 200) {\n      nodes {\n        id\n        fullName\n        suggestedFindings(period: $period) {\n          indicatorCode\n          severity\n        }\n        indicators(period: $period, asOf: $asOf) {\n          code\n          coverage\n        }\n      }\n    }\n  }\n": typeof types.TargetSuggestionsDocument,
};
const documents: Documents = {
    "\n  fragment PlanSummary on InspectionPlan {\n    id\n    year\n    title\n    status\n    periodFrom\n    periodTo\n    leadUnit {\n      id\n      name\n    }\n  }\n": types.PlanSummaryFragmentDoc,
    "\n  fragment PlanDetail on InspectionPlan {\n    ...PlanSummary\n    decisionNumber\n    decisionDate\n    scope\n    version\n    allowedTransitions\n    catalog {\n      id\n      year\n      title\n    }\n    conclusion {\n      number\n      issuedOn\n      summary\n      recommendations {\n        addressee\n        text\n      }\n    }\n    leadUnit {\n      id\n      fullName\n      ancestors {\n        id\n        name\n      }\n    }\n    team {\n      id\n      fullName\n      role\n      agencyName\n      position\n      username\n    }\n    targets {\n      id\n      plannedDate\n      unit {\n        id\n        code\n        fullName\n        level\n      }\n      parentTarget {\n        id\n      }\n    }\n  }\n": types.PlanDetailFragmentDoc,
    "\n  query Plans($filter: PlanFilter, $orderBy: PlanOrder, $first: Int!, $after: String) {\n    inspectionPlans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlanSummary\n        targets {\n          id\n        }\n      }\n    }\n  }\n": types.PlansDocument,
    "\n  query Plan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanDetail\n    }\n  }\n": types.PlanDocument,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...PlanDetail\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $version: Int!, $input: PlanInput!) {\n    updateInspectionPlan(id: $id, version: $version, input: $input) {\n      ...PlanDetail\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation ChangePlanStatus($id: ID!, $version: Int!, $status: PlanStatus!) {\n    changeInspectionPlanStatus(id: $id, version: $version, status: $status) {\n      ...PlanDetail\n    }\n  }\n": types.ChangePlanStatusDocument,
    "\n  mutation AddTarget($planId: ID!, $version: Int!, $target: TargetInput!) {\n    addInspectionTarget(planId: $planId, version: $version, target: $target) {\n      ...PlanDetail\n    }\n  }\n": types.AddTargetDocument,
    "\n  mutation RemoveTarget($planId: ID!, $version: Int!, $targetId: ID!) {\n    removeInspectionTarget(planId: $planId, version: $version, targetId: $targetId) {\n      ...PlanDetail\n    }\n  }\n": types.RemoveTargetDocument,
    "\n  mutation AddTeamMember($planId: ID!, $version: Int!, $member: TeamMemberInput!) {\n    addTeamMember(planId: $planId, version: $version, member: $member) {\n      ...PlanDetail\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($planId: ID!, $version: Int!, $memberId: ID!) {\n    removeTeamMember(planId: $planId, version: $version, memberId: $memberId) {\n      ...PlanDetail\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  query PlanFindingCounts($planId: ID!) {\n    findingStats(filter: { planId: $planId }, groupBy: [UNIT]) {\n      count\n      unit {\n        id\n      }\n    }\n  }\n": types.PlanFindingCountsDocument,
    "\n  query TargetFindings($planId: ID!, $unitId: ID!, $first: Int!, $after: String) {\n    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        severity\n        text\n        status\n        area {\n          id\n          code\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n": types.TargetFindingsDocument,
    "\n  query OwedActions {\n    correctiveActions(filter: { statuses: [OPEN, OVERDUE] }, first: 500) {\n      nodes {\n        id\n        status\n        responsibleUnit {\n          id\n          fullName\n          validTo\n        }\n      }\n    }\n  }\n": types.OwedActionsDocument,
    "\n  query TargetSuggestions($provinceId: ID!, $asOf: Date, $period: String!) {\n    units(filter: { parentId: $provinceId, asOf: $asOf }, first: 200) {\n      nodes {\n        id\n        fullName\n        suggestedFindings(period: $period) {\n          indicatorCode\n          severity\n        }\n        indicators(period: $period, asOf: $asOf) {\n          code\n          coverage\n        }\n      }\n    }\n  }\n": types.TargetSuggestionsDocument,
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
export function graphql(source: "\n  fragment PlanSummary on InspectionPlan {\n    id\n    year\n    title\n    status\n    periodFrom\n    periodTo\n    leadUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PlanSummary on InspectionPlan {\n    id\n    year\n    title\n    status\n    periodFrom\n    periodTo\n    leadUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanDetail on InspectionPlan {\n    ...PlanSummary\n    decisionNumber\n    decisionDate\n    scope\n    version\n    allowedTransitions\n    catalog {\n      id\n      year\n      title\n    }\n    conclusion {\n      number\n      issuedOn\n      summary\n      recommendations {\n        addressee\n        text\n      }\n    }\n    leadUnit {\n      id\n      fullName\n      ancestors {\n        id\n        name\n      }\n    }\n    team {\n      id\n      fullName\n      role\n      agencyName\n      position\n      username\n    }\n    targets {\n      id\n      plannedDate\n      unit {\n        id\n        code\n        fullName\n        level\n      }\n      parentTarget {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanDetail on InspectionPlan {\n    ...PlanSummary\n    decisionNumber\n    decisionDate\n    scope\n    version\n    allowedTransitions\n    catalog {\n      id\n      year\n      title\n    }\n    conclusion {\n      number\n      issuedOn\n      summary\n      recommendations {\n        addressee\n        text\n      }\n    }\n    leadUnit {\n      id\n      fullName\n      ancestors {\n        id\n        name\n      }\n    }\n    team {\n      id\n      fullName\n      role\n      agencyName\n      position\n      username\n    }\n    targets {\n      id\n      plannedDate\n      unit {\n        id\n        code\n        fullName\n        level\n      }\n      parentTarget {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($filter: PlanFilter, $orderBy: PlanOrder, $first: Int!, $after: String) {\n    inspectionPlans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlanSummary\n        targets {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans($filter: PlanFilter, $orderBy: PlanOrder, $first: Int!, $after: String) {\n    inspectionPlans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PlanSummary\n        targets {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: PlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: PlanInput!) {\n    createInspectionPlan(input: $input) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $version: Int!, $input: PlanInput!) {\n    updateInspectionPlan(id: $id, version: $version, input: $input) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($id: ID!, $version: Int!, $input: PlanInput!) {\n    updateInspectionPlan(id: $id, version: $version, input: $input) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlanStatus($id: ID!, $version: Int!, $status: PlanStatus!) {\n    changeInspectionPlanStatus(id: $id, version: $version, status: $status) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlanStatus($id: ID!, $version: Int!, $status: PlanStatus!) {\n    changeInspectionPlanStatus(id: $id, version: $version, status: $status) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTarget($planId: ID!, $version: Int!, $target: TargetInput!) {\n    addInspectionTarget(planId: $planId, version: $version, target: $target) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddTarget($planId: ID!, $version: Int!, $target: TargetInput!) {\n    addInspectionTarget(planId: $planId, version: $version, target: $target) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTarget($planId: ID!, $version: Int!, $targetId: ID!) {\n    removeInspectionTarget(planId: $planId, version: $version, targetId: $targetId) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTarget($planId: ID!, $version: Int!, $targetId: ID!) {\n    removeInspectionTarget(planId: $planId, version: $version, targetId: $targetId) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($planId: ID!, $version: Int!, $member: TeamMemberInput!) {\n    addTeamMember(planId: $planId, version: $version, member: $member) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($planId: ID!, $version: Int!, $member: TeamMemberInput!) {\n    addTeamMember(planId: $planId, version: $version, member: $member) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($planId: ID!, $version: Int!, $memberId: ID!) {\n    removeTeamMember(planId: $planId, version: $version, memberId: $memberId) {\n      ...PlanDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($planId: ID!, $version: Int!, $memberId: ID!) {\n    removeTeamMember(planId: $planId, version: $version, memberId: $memberId) {\n      ...PlanDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanFindingCounts($planId: ID!) {\n    findingStats(filter: { planId: $planId }, groupBy: [UNIT]) {\n      count\n      unit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanFindingCounts($planId: ID!) {\n    findingStats(filter: { planId: $planId }, groupBy: [UNIT]) {\n      count\n      unit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetFindings($planId: ID!, $unitId: ID!, $first: Int!, $after: String) {\n    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        severity\n        text\n        status\n        area {\n          id\n          code\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetFindings($planId: ID!, $unitId: ID!, $first: Int!, $after: String) {\n    findings(filter: { planId: $planId, unitIds: [$unitId] }, orderBy: AREA, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        severity\n        text\n        status\n        area {\n          id\n          code\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwedActions {\n    correctiveActions(filter: { statuses: [OPEN, OVERDUE] }, first: 500) {\n      nodes {\n        id\n        status\n        responsibleUnit {\n          id\n          fullName\n          validTo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwedActions {\n    correctiveActions(filter: { statuses: [OPEN, OVERDUE] }, first: 500) {\n      nodes {\n        id\n        status\n        responsibleUnit {\n          id\n          fullName\n          validTo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetSuggestions($provinceId: ID!, $asOf: Date, $period: String!) {\n    units(filter: { parentId: $provinceId, asOf: $asOf }, first: 200) {\n      nodes {\n        id\n        fullName\n        suggestedFindings(period: $period) {\n          indicatorCode\n          severity\n        }\n        indicators(period: $period, asOf: $asOf) {\n          code\n          coverage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetSuggestions($provinceId: ID!, $asOf: Date, $period: String!) {\n    units(filter: { parentId: $provinceId, asOf: $asOf }, first: 200) {\n      nodes {\n        id\n        fullName\n        suggestedFindings(period: $period) {\n          indicatorCode\n          severity\n        }\n        indicators(period: $period, asOf: $asOf) {\n          code\n          coverage\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;