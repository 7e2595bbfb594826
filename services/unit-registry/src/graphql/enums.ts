import { registerDescribedEnum } from '@cchc/kit';
import { registerEnumType } from 'type-graphql';
import {
  LINEAGE_KIND_MEANINGS,
  LineageKind,
  UNIT_KIND_NAMES,
  UnitKind,
  UnitLevel,
} from '../domain/unit-kind.js';

export enum UnitOrder {
  /** Best search match first (the default when searching). */
  RELEVANCE = 'RELEVANCE',
  /** By level, then official code (the default otherwise). */
  CODE = 'CODE',
  /** Alphabetically by name, accents ignored. */
  NAME = 'NAME',
}

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Tier of a unit: cấp tỉnh, cấp huyện, cấp xã',
});
registerDescribedEnum(UnitKind, { name: 'UnitKind', values: UNIT_KIND_NAMES });
registerDescribedEnum(LineageKind, {
  name: 'LineageKind',
  description: 'How a predecessor unit became its successor',
  values: LINEAGE_KIND_MEANINGS,
});
registerEnumType(UnitOrder, { name: 'UnitOrder' });
