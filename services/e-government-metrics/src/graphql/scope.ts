import { assertUnitInScope } from '@cchc/kit';
import type { MetricsContext } from './context.js';

/** A unit officer acts on, and reads, only its unit and the units under it (other roles pass). */
export const inScope = (ctx: MetricsContext, unitId: string) =>
  assertUnitInScope(ctx.identity ?? null, unitId, ctx.units);
