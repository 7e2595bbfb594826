import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar } from './date.js';
import { registerDescribedEnum } from './graphql-types.js';

/*
 * What inspection and e-government-metrics both declare about a finding's evidence, declared once so that it stays
 * alike in both: metrics reads inspection's finding kind (through @requires, and as input), inspection copies
 * metrics' readings.
 */

/** A finding's kind: inspection records it, metrics' verdict rule reads it. */
export enum FindingKind {
  STRENGTH = 'STRENGTH',
  LIMITATION = 'LIMITATION',
  VIOLATION = 'VIOLATION',
}
registerDescribedEnum(FindingKind, {
  name: 'FindingKind',
  values: { STRENGTH: 'Ưu điểm', LIMITATION: 'Tồn tại, hạn chế', VIOLATION: 'Vi phạm' },
});

/**
 * The figures of one indicator over one unit and a span of whole months: what e-government-metrics reads
 * (IndicatorReading) and what inspection copies onto a finding (EvidenceReading); each type adds its value, status
 * and own fields after these. Never referenced by a field itself, it is not printed.
 */
@ObjectType()
export abstract class IndicatorReadingFields {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  indicatorCode!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => Float)
  numerator!: number;

  @Field(() => Float)
  denominator!: number;
}
