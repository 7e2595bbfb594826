import type { UnitRegistryContext } from './context.js';

/**
 * Federation: other subgraphs hold `Unit` by id only; references are batched through the loader (the kit refuses a
 * representation whose id is not a UUID before this runs).
 */
export const unitReference = {
  __resolveReference: (reference: { id: string }, ctx: UnitRegistryContext) =>
    ctx.loaders.unit.load(reference.id),
};
