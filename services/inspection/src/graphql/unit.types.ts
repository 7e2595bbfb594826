import { entityById } from '@cchc/kit';

/** A unit of unit-registry, known here by id only; this subgraph adds its inspection fields. */
export const Unit = entityById('Unit');
export type Unit = InstanceType<typeof Unit>;
