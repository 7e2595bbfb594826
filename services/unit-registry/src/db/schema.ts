import { LineageLinkEntity } from '../domain/lineage-link.entity.js';
import { UnitEntity } from '../domain/unit.entity.js';
import { CreateUnits1764050000000 } from './migrations/1764050000000-create-units.js';

export const entities = [UnitEntity, LineageLinkEntity];
export const migrations = [CreateUnits1764050000000];
