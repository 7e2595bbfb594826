import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { STAFFING_ACCESS } from './access.js';
import type { StaffingContext } from './context.js';
import { Unit, UnitStaffing } from './types.js';

/** Per request: the staffing of every unit asked for a year, in one SQL statement. */
export function staffingLoader(ctx: Pick<StaffingContext, 'staffing'>) {
  const byYear = new Map<number, DataLoader<string, UnitStaffing | null>>();
  return (year: number) => {
    let loader = byYear.get(year);
    if (!loader) {
      loader = new DataLoader(async (unitIds) => {
        const rows = new Map((await ctx.staffing.ofUnits(unitIds, year)).map((r) => [r.unitId, r]));
        return unitIds.map((id) => {
          const row = rows.get(id);
          if (!row) return null;
          return {
            year: row.year,
            approvedPosts: row.approvedPosts,
            staffInPost: row.staffInPost,
            contractStaff: row.contractStaff,
            vacancies: Math.max(0, row.approvedPosts - row.staffInPost),
            fillRate: row.approvedPosts > 0 ? row.staffInPost / row.approvedPosts : 0,
          };
        });
      });
      byYear.set(year, loader);
    }
    return loader;
  };
}

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
