import { IsUUID, Matches, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import type { DismissalFields } from '../application/alert.service.js';
import type { InspectionPlanEntity } from '../domain/plan.entity.js';
import { INSPECTION_ACCESS, PLAN_CONTENTS_READERS } from './access.js';
import type { InspectionContext } from './context.js';
import { AlertDismissal, UnitAlert } from './evidence.types.js';
import { InspectionPlan } from './plan.types.js';

@InputType({ description: 'The team decides an alert of a plan needs no finding' })
export class DismissAlertInput implements DismissalFields {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: "The target's unit" })
  @IsUUID()
  unitId!: string;

  @Field(() => String)
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode!: string;

  @Field(() => String, { description: 'Why no finding is needed (required)' })
  @MaxLength(2000)
  reason!: string;
}

@Resolver(() => InspectionPlan)
export class AlertResolver {
  @Authorized(...PLAN_CONTENTS_READERS)
  @FieldResolver(() => [UnitAlert], {
    description:
      'For each target, the indicators past their target over the twelve months before its visit that no finding names',
  })
  alertsWithoutFinding(
    @Root() plan: InspectionPlanEntity,
    @Arg('includeDismissed', () => Boolean, {
      defaultValue: false,
      description: 'Also the alerts the team dismissed, with who, when and why',
    })
    includeDismissed: boolean,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.alertService.withoutFinding(plan.id, includeDismissed, ctx.figures);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.dismissAlert'])
  @Mutation(() => AlertDismissal, {
    description: "Records that an alert needs no finding, and why (the plan's team)",
  })
  dismissAlert(
    @Arg('input', () => DismissAlertInput) input: DismissAlertInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.alertService.dismiss(input, ctx.caller, ctx.figures);
  }
}
