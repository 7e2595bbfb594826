import { decodeCursor, pageSize, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  type ContentAreaEntity,
  CriteriaCatalogEntity,
  type CriterionEntity,
} from '../domain/catalog.entity.js';
import { INSPECTION_ACCESS } from './access.js';
import { AfterArg, FirstArg } from './args.js';
import { AuditEntryConnection } from './audit.types.js';
import { CriterionInput } from './catalog.inputs.js';
import { ContentArea, CriteriaCatalog, Criterion } from './catalog.types.js';
import type { InspectionContext } from './context.js';

@Resolver(() => CriteriaCatalog)
export class CatalogResolver {
  @Authorized(...INSPECTION_ACCESS['Query.criteriaCatalog'])
  @Query(() => CriteriaCatalog, { nullable: true, description: "A year's content areas and criteria" })
  criteriaCatalog(@Arg('year', () => Int) year: number, @Ctx() ctx: InspectionContext) {
    return ctx.catalogService.byYear(year);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.copyCriteriaCatalog'])
  @Mutation(() => CriteriaCatalog, {
    description: "Copies a year's catalog into another year, to be edited there",
  })
  copyCriteriaCatalog(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.catalogService.copy(fromYear, toYear, ctx.caller.username);
  }

  @Authorized(...INSPECTION_ACCESS['Mutation.saveCriterion'])
  @Mutation(() => Criterion, {
    description: 'Adds or edits a criterion, while no plan past DRAFT uses the catalog',
  })
  saveCriterion(
    @Arg('year', () => Int) year: number,
    @Arg('criterion', () => CriterionInput) criterion: CriterionInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return ctx.catalogService.saveCriterion(year, criterion, ctx.caller.username, ctx.figures);
  }

  @Authorized(...INSPECTION_ACCESS['Query.auditLog'])
  @Query(() => AuditEntryConnection, { description: 'Who changed an object, what and when; newest first' })
  async auditLog(
    @Arg('objectId', () => ID) objectId: string,
    @FirstArg() first: number | undefined,
    @AfterArg() after: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return toConnection(await ctx.planRepository.auditOf(objectId, decodeCursor(after), pageSize(first)));
  }

  @FieldResolver(() => [ContentArea])
  areas(@Root() catalog: CriteriaCatalogEntity, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.areasOfCatalog.load(catalog.id);
  }
}

@Resolver(() => ContentArea)
export class ContentAreaResolver {
  @FieldResolver(() => [Criterion], { description: 'Top-level criteria of the area' })
  async criteria(@Root() area: ContentAreaEntity, @Ctx() ctx: InspectionContext) {
    return (await ctx.loaders.criteriaOfArea.load(area.id)).filter((c) => c.parentId === null);
  }
}

@Resolver(() => Criterion)
export class CriterionResolver {
  @FieldResolver(() => [Criterion])
  async subCriteria(@Root() criterion: CriterionEntity, @Ctx() ctx: InspectionContext) {
    return (await ctx.loaders.criteriaOfArea.load(criterion.areaId)).filter(
      (c) => c.parentId === criterion.id,
    );
  }
}
