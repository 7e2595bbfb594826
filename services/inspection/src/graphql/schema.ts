import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, type ReferenceResolvers, referenceById } from '@cchc/kit';
import type { GraphQLSchema } from 'graphql';
import { AlertResolver } from './alert.resolver.js';
import {
  AssessmentResolver,
  CatalogThresholdsResolver,
  CriterionPointsResolver,
  CriterionScoreResolver,
  PlanRankingResolver,
  TargetAssessmentResolver,
} from './assessment.resolver.js';
import { CatalogResolver, ContentAreaResolver, CriterionResolver } from './catalog.resolver.js';
import type { InspectionContext } from './context.js';
import { CorrectiveActionResolver, FindingResolver, FindingStatResolver } from './finding.resolver.js';
import {
  ConclusionNoticesResolver,
  NoticeActionResolver,
  NoticeResolver,
  TargetNoticeResolver,
} from './notice.resolver.js';
import { ConclusionResolver, PlanResolver, TargetResolver } from './plan.resolver.js';
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
        AlertResolver,
      ],
      validate: true,
    },
    {
      Unit: referenceById,
      // Findings are entities so that e-government-metrics can judge them (`Finding.verdict`).
      Finding: {
        __resolveReference: (ref: { id: string }, ctx: InspectionContext) => ctx.loaders.finding.load(ref.id),
      },
    } as ReferenceResolvers,
  );
}

/** The SDL committed in schema/subgraphs/inspection.graphql. */
export async function printInspectionSdl(): Promise<string> {
  return printSubgraphSchema(await buildInspectionSchema());
}
