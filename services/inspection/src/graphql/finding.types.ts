import { connection } from '@cchc/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FindingKind, FindingStatus, Severity } from '../domain/enums.js';
import './enums.js';

@ObjectType({ description: 'A measured fact behind a finding' })
export class EvidenceFigure {
  @Field(() => String)
  label!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Indicator code of e-government-metrics, when it measures one',
  })
  indicatorCode!: string | null;

  @Field(() => Boolean, {
    description: "Typed by the team from what it saw (the figures' own snapshot is evidenceReading)",
  })
  observed!: boolean;
}

@ObjectType({ description: 'What inspectors found at a unit in one area' })
@Directive('@key(fields: "id")')
export class Finding {
  @Field(() => ID)
  id!: string;

  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean, {
    description: 'Stated generally in the source and applied to this unit as plausible',
  })
  general!: boolean;

  @Field(() => [EvidenceFigure])
  evidence!: EvidenceFigure[];

  @Field(() => FindingStatus)
  status!: FindingStatus;

  @Field(() => String, { nullable: true, description: 'The key its client sent with recordFinding, if any' })
  clientKey!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: 'A count of findings for one combination of the grouped dimensions' })
export class FindingStat {
  @Field(() => String, { nullable: true })
  areaCode!: string | null;

  @Field(() => String, { nullable: true })
  areaNameVi!: string | null;

  @Field(() => String, { nullable: true })
  areaNameEn!: string | null;

  @Field(() => FindingKind, { nullable: true })
  kind!: FindingKind | null;

  @Field(() => FindingStatus, { nullable: true })
  status!: FindingStatus | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int)
  count!: number;
}

export const FindingConnection = connection('Finding', () => Finding);
