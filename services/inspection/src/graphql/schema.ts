import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers, referenceById } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import {
  AssessmentResolver,
  CatalogThresholdsResolver,
  CriterionPointsResolver,
  CriterionScoreResolver,
  PlanRankingResolver,
  TargetAssessmentResolver,
} from './assessment.resolver.js';
import { CatalogResolver, ContentAreaResolver, CriterionResolver } from './catalog.resolver.js';
import { CorrectiveActionResolver, FindingResolver, FindingStatResolver } from './finding.resolver.js';
import { ConclusionResolver, PlanResolver, TargetResolver } from './plan.resolver.js';
import {
  ConclusionNoticesResolver,
  NoticeActionResolver,
  NoticeResolver,
  TargetNoticeResolver,
} from './notice.resolver.js';
import { UnitFieldsResolver } from './unit.resolver.js';

export function buildInspectionSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        PlanResolver,
        TargetResolver,
        ConclusionResolver,
        FindingResolver,
        CorrectiveActionResolver,
        FindingStatResolver,
        CatalogResolver,
        ContentAreaResolver,
        CriterionResolver,
        UnitFieldsResolver,
        AssessmentResolver,
        TargetAssessmentResolver,
        PlanRankingResolver,
        CriterionScoreResolver,
        CriterionPointsResolver,
        CatalogThresholdsResolver,
        NoticeResolver,
        NoticeActionResolver,
        TargetNoticeResolver,
        ConclusionNoticesResolver,
      ],
      validate: true,
    },
    { Unit: referenceById } as ReferenceResolvers,
  );
}

/** The SDL committed in schema/subgraphs/inspection.graphql. */
export async function printInspectionSdl(): Promise<string> {
  return printSubgraphSchema(await buildInspectionSchema());
}
