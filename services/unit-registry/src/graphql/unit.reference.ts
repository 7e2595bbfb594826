import { isUUID } from 'class-validator';
import type { UnitRegistryContext } from './context.js';

/** Federation: other subgraphs hold `Unit` by id only; references are batched through the loader. */
export const unitReference = {
  __resolveReference: (reference: { id: string }, ctx: UnitRegistryContext) =>
    isUUID(reference.id) ? ctx.loaders.unit.load(reference.id) : null,
};
