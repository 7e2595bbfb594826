import { decodeCursor, pageSize, toConnection } from '@cchc/kit';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { INSPECTION_ACCESS } from './access.js';
import { CorrectiveAction } from './action.types.js';
import { AfterArg, FirstArg } from './args.js';
import type { InspectionContext } from './context.js';
import { FindingOrder } from './enums.js';
import { UnitFindingFilter } from './finding.inputs.js';
import { FindingConnection } from './finding.types.js';
import { InspectionTarget } from './plan.types.js';
import { Unit } from './unit.types.js';

/**
 * The inspection fields this subgraph adds to unit-registry's Unit; each batched over all units of a query. Each is
 * nullable, so that while inspection is down the gateway still answers the unit with only these fields null.
 */
@Resolver(() => Unit)
export class UnitFieldsResolver {
  @Authorized(...INSPECTION_ACCESS['Unit.findings'])
  @FieldResolver(() => FindingConnection, {
    nullable: true,
    description: "The unit's own findings (not its sub-units'); null while inspection is unavailable",
  })
  async findings(
    @Root() unit: Unit,
    @Arg('filter', () => UnitFindingFilter, { nullable: true }) filter: UnitFindingFilter | undefined,
    @Arg('orderBy', () => FindingOrder, { nullable: true }) orderBy: FindingOrder | undefined,
    @FirstArg() first: number | undefined,
    @AfterArg() after: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    const page = await ctx.loaders.findingsOfUnit.load({
      unitId: unit.id,
      query: {
        ...filter,
        scope: await ctx.caller.unitScope(),
        publishedOnly: ctx.caller.publishedOnly,
        order: orderBy ?? FindingOrder.NEWEST,
      },
      offset: decodeCursor(after),
      limit: pageSize(first),
    });
    return toConnection(page);
  }

  @Authorized(...INSPECTION_ACCESS['Unit.inspections'])
  @FieldResolver(() => [InspectionTarget], {
    nullable: true,
    description:
      'Each time the unit was (or is planned to be) inspected; null while inspection is unavailable',
  })
  inspections(@Root() unit: Unit, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.targetsOfUnit.load(unit.id);
  }

  @Authorized(...INSPECTION_ACCESS['Unit.openCorrectiveActions'])
  @FieldResolver(() => [CorrectiveAction], {
    nullable: true,
    description:
      'Actions it is responsible for and that are not verified yet; null while inspection is unavailable',
  })
  openCorrectiveActions(@Root() unit: Unit, @Ctx() ctx: InspectionContext) {
    return ctx.loaders.openActionsOfUnit.load(unit.id);
  }
}
