import { LineageLinkEntity } from '../domain/lineage-link.entity.js';
import { UnitEntity } from '../domain/unit.entity.js';
import { CreateUnits1764050000000 } from './migrations/1764050000000-create-units.js';
import { UnitsRevision1765000000000 } from './migrations/1765000000000-units-revision.js';
import { SearchNameTrigrams1765100000000 } from './migrations/1765100000000-search-name-trigrams.js';

export const entities = [UnitEntity, LineageLinkEntity];
export const migrations = [
  CreateUnits1764050000000,
  UnitsRevision1765000000000,
  SearchNameTrigrams1765100000000,
];
