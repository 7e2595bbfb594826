import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { STAFFING_ACCESS } from './access.js';
import type { StaffingContext } from './context.js';
import { Unit, UnitStaffing } from './types.js';

@Resolver(() => Unit)
export class UnitStaffingResolver {
  @Authorized(...STAFFING_ACCESS['Unit.staffing'])
  @FieldResolver(() => UnitStaffing, {
    nullable: true,
    description: 'The civil-service staffing assigned to the unit for a year; null when none is recorded',
  })
  staffing(@Root() unit: Unit, @Arg('year', () => Int) year: number, @Ctx() ctx: StaffingContext) {
    return ctx.staffingOf(year).load(unit.id);
  }
}
