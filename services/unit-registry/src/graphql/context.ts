import type { RequestContext } from '@cchc/kit';
import type { UnitRepository } from '../db/unit.repository.js';
import type { Loaders } from './loaders.js';

export interface UnitRegistryContext extends RequestContext {
  units: UnitRepository;
  loaders: Loaders;
}
