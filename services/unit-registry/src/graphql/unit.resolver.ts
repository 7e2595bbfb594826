import { DateScalar, decodeCursor, notFound, pageSize, toConnection, todayInVietnam } from '@cchc/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { LineageLinkEntity } from '../domain/lineage-link.entity.js';
import type { UnitEntity } from '../domain/unit.entity.js';
import { normaliseSearch } from '../domain/unit-search.js';
import type { UnitRegistryContext } from './context.js';
import { UnitOrder } from './enums.js';
import { Unit, UnitConnection, UnitLink } from './unit.type.js';
import { UnitFilter } from './unit-filter.input.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'A unit record by id' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: UnitRegistryContext): Promise<UnitEntity | null> {
    return ctx.loaders.unit.load(id);
  }

  @Query(() => Unit, {
    nullable: true,
    description:
      'The unit holding an official code on a date (codes are reused across reforms); asOf defaults to today',
  })
  unitByCode(
    @Arg('code', () => String) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: UnitRegistryContext,
  ): Promise<UnitEntity | null> {
    return ctx.units.byCode(code.trim(), asOf ?? todayInVietnam());
  }

  @Query(() => UnitConnection, { description: 'Units matching a filter, a page at a time' })
  async units(
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | undefined,
    @Arg('orderBy', () => UnitOrder, {
      nullable: true,
      description: 'RELEVANCE when searching, CODE otherwise',
    })
    orderBy: UnitOrder | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 50 by default, at most 500' })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: UnitRegistryContext,
  ) {
    const search = normaliseSearch(filter?.search);
    const onlyDescendants =
      filter?.descendantsOf &&
      !search &&
      !filter.parentId &&
      !filter.predecessorsOf &&
      !filter.levels?.length &&
      !filter.kinds?.length &&
      (orderBy ?? UnitOrder.CODE) === UnitOrder.CODE &&
      !after;
    // Another service asking for the descendants of many units sends one alias per unit: batched into one lookup.
    if (onlyDescendants) {
      return toConnection(
        await ctx.loaders.firstDescendants.load(
          `${filter.descendantsOf}|${filter.asOf ?? ''}|${pageSize(first)}`,
        ),
      );
    }
    const query = {
      search,
      parentId: filter?.parentId,
      descendantsOf: filter?.descendantsOf,
      predecessorsOf: filter?.predecessorsOf,
      levels: filter?.levels,
      kinds: filter?.kinds,
      asOf: filter?.asOf,
      order: orderBy ?? (search ? UnitOrder.RELEVANCE : UnitOrder.CODE),
    };
    const [offset, limit] = [decodeCursor(after), pageSize(first)];
    // A search is answered from the records held in memory when it can be, otherwise by SQL: the same page.
    const page =
      (await ctx.searchIndex.find(query, offset, limit)) ?? (await ctx.units.find(query, offset, limit));
    return toConnection(page);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: UnitEntity, @Ctx() ctx: UnitRegistryContext) {
    return unit.parentId ? ctx.loaders.unit.load(unit.parentId) : null;
  }

  @FieldResolver(() => [Unit], {
    description: 'Units directly under this one, in force on asOf (all periods if absent)',
  })
  children(
    @Root() unit: UnitEntity,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | undefined,
    @Ctx() ctx: UnitRegistryContext,
  ) {
    return ctx.loaders.children.load(`${unit.id}|${asOf ?? ''}`);
  }

  @FieldResolver(() => [Unit], { description: 'From the top (province) down to the parent' })
  async ancestors(@Root() unit: UnitEntity, @Ctx() ctx: UnitRegistryContext) {
    const ancestors = await ctx.loaders.unit.loadMany(unit.ancestorIds);
    return ancestors.map((ancestor, index) => {
      if (ancestor instanceof Error || ancestor === null)
        throw notFound('Ancestor unit', unit.ancestorIds[index] ?? '');
      return ancestor;
    });
  }

  @FieldResolver(() => [UnitLink], { description: 'Units this one was formed from, with how and when' })
  async predecessors(@Root() unit: UnitEntity, @Ctx() ctx: UnitRegistryContext) {
    const links = await ctx.loaders.predecessorLinks.load(unit.id);
    return linksTo(links, (link) => link.predecessorId, ctx);
  }

  @FieldResolver(() => [UnitLink], { description: 'Units this one became, with how and when' })
  async successors(@Root() unit: UnitEntity, @Ctx() ctx: UnitRegistryContext) {
    const links = await ctx.loaders.successorLinks.load(unit.id);
    return linksTo(links, (link) => link.successorId, ctx);
  }
}

async function linksTo(
  links: LineageLinkEntity[],
  otherEnd: (link: LineageLinkEntity) => string,
  ctx: UnitRegistryContext,
): Promise<UnitLink[]> {
  const units = await ctx.loaders.unit.loadMany(links.map(otherEnd));
  return links.flatMap((link, index) => {
    const unit = units[index];
    if (!unit || unit instanceof Error) return [];
    const { kind, partial, effectiveDate, legalAct, note } = link;
    return [{ kind, partial, effectiveDate, legalAct, note, unit }];
  });
}
