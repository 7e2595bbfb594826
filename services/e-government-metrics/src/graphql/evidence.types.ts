import { DateScalar, FindingKind, IndicatorReadingFields, registerDescribedEnum } from '@cchc/kit';
import { MaxLength } from 'class-validator';
import { Directive, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { IndicatorStatus, IndicatorValue } from './types.js';

export enum EvidenceVerdict {
  CONSISTENT = 'CONSISTENT',
  CONTRADICTED = 'CONTRADICTED',
  REVISED = 'REVISED',
  NOT_MEASURED = 'NOT_MEASURED',
}
registerDescribedEnum(EvidenceVerdict, {
  name: 'EvidenceVerdict',
  description: "What the unit's figures say of a finding",
  values: {
    CONSISTENT: 'Khớp số liệu: the figures bear the finding out',
    CONTRADICTED: 'Trái số liệu: the figures say otherwise',
    REVISED: 'Số liệu đã sửa: the figures changed since the finding was written',
    NOT_MEASURED: 'Không đo: the finding names no indicator, or there are no figures',
  },
});

@InputType({
  description: 'One indicator over one unit (and everything under it), over the whole months of from..to',
})
export class IndicatorReadingInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  @MaxLength(100)
  indicatorCode!: string;

  @Field(() => DateScalar, { description: 'Any day of the first month' })
  from!: string;

  @Field(() => DateScalar, { description: 'Any day of the last month' })
  to!: string;
}

@ObjectType({
  description: 'An indicator read for a unit and a span of months: the numbers of Unit.indicators',
})
export class IndicatorReading extends IndicatorReadingFields {
  @Field(() => Float, { nullable: true, description: "In the indicator's valueUnit; null without data" })
  value!: number | null;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => Float, { description: 'Units of the scope that reported ÷ units of the scope (0–1)' })
  coverage!: number;
}

@InputType({ description: "A finding's kind and the figures it was written on (its evidence reading)" })
export class EvidenceReadingInput extends IndicatorReadingInput {
  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => Float)
  numerator!: number;

  @Field(() => Float)
  denominator!: number;

  @Field(() => Float, { nullable: true })
  value?: number | null;
}

/** inspection's copy of the figures a finding was written on; read here only through @requires. */
@ObjectType()
export class EvidenceReading {
  @Field(() => ID)
  @Directive('@external')
  unitId!: string;

  @Field(() => String)
  @Directive('@external')
  indicatorCode!: string;

  @Field(() => DateScalar)
  @Directive('@external')
  from!: string;

  @Field(() => DateScalar)
  @Directive('@external')
  to!: string;

  @Field(() => Float)
  @Directive('@external')
  numerator!: number;

  @Field(() => Float)
  @Directive('@external')
  denominator!: number;

  @Field(() => Float, { nullable: true })
  @Directive('@external')
  value!: number | null;
}

const EVIDENCE = 'kind evidenceReading { unitId indicatorCode from to numerator denominator value }';

/** inspection's finding: this subgraph says what the figures say of it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Finding {
  @Field(() => ID)
  id!: string;

  @Field(() => FindingKind)
  @Directive('@external')
  kind!: FindingKind;

  @Field(() => EvidenceReading, { nullable: true })
  @Directive('@external')
  evidenceReading!: EvidenceReading | null;

  @Field(() => IndicatorValue, {
    nullable: true,
    description:
      "The finding's indicator over its unit and months as the figures stand now; null without a reading",
  })
  @Directive(`@requires(fields: "${EVIDENCE}")`)
  measured!: IndicatorValue | null;

  @Field(() => EvidenceVerdict, {
    nullable: true,
    description: "What the unit's figures say of the finding; null while the metrics service is unavailable",
  })
  @Directive(`@requires(fields: "${EVIDENCE}")`)
  verdict!: EvidenceVerdict | null;
}
