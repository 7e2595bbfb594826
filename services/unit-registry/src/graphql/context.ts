import type { RequestContext } from '@cchc/kit';
import type { UnitRepository } from '../db/unit.repository.js';
import type { UnitSearchIndex } from '../db/unit-search-index.js';
import type { Loaders } from './loaders.js';

export interface UnitRegistryContext extends RequestContext {
  units: UnitRepository;
  searchIndex: UnitSearchIndex;
  loaders: Loaders;
}
