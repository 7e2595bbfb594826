import { DateScalar } from '@cchc/kit';
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type * as app from '../application/inputs.js';
import { FindingKind, FindingStatus, Severity } from '../domain/enums.js';
import { EvidenceVerdict } from '../domain/evidence.js';
import './enums.js';
import './evidence.types.js';
import { AreaCodeListField, IdListField, UnitCodeListField } from './filter-fields.js';

@InputType()
export class EvidenceInput {
  @Field(() => String)
  @Length(1, 200)
  label!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  unit!: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode!: string | null;
}

@InputType({ description: 'An indicator of e-government-metrics over a period, as evidence of a finding' })
export class ReadingInput implements app.ReadingFields {
  @Field(() => String, { description: 'An indicator code of indicatorCatalog, e.g. ON_TIME_RATE' })
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Twelve whole months before the visit (or the plan's start) when from and to are absent",
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType()
export class FindingInput implements app.FindingFields {
  @Field(() => String, { description: 'CDDH, TC, TTHC, TCBM, CBCCVC, TCC or HDH' })
  @Matches(/^[A-Z]{2,10}$/)
  areaCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  criterionCode?: string | null;

  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String)
  @Length(3, 10_000)
  text!: string;

  @Field(() => Boolean, { nullable: true })
  general?: boolean | null;

  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[] | null;

  @Field(() => ReadingInput, {
    nullable: true,
    description:
      "The indicator the finding rests on: the unit's figures are copied into the finding when it is written " +
      'and again only when the indicator or the period changes; absent keeps the reading, null removes it',
  })
  @IsOptional()
  @ValidateNested()
  reading?: ReadingInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes for a new finding (at most 64 characters, trimmed): sent again with the same ' +
      'key, recordFinding answers the finding already written and writes nothing; the same key on another ' +
      'target is CONFLICT. Ignored by updateFinding',
  })
  clientKey?: string | null;
}

@InputType({ description: 'Filters combine with AND' })
export class FindingFilter {
  @IdListField({ description: 'Only these findings (e.g. the one a page shows)' })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @IdListField()
  unitIds?: string[];

  @UnitCodeListField({ description: 'Units by their code as of asOf (e.g. "902"), together with unitIds' })
  unitCodes?: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The date unitCodes resolve on (codes are reused: "91" is An Giang from 2025-07-01); today when absent',
  })
  asOf?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also every unit ever below unitIds and unitCodes, from unit-registry',
  })
  includeDescendants?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also the units unitIds and unitCodes were formed from through reorganisations, at any depth (today's An Giang: Kiên Giang's 2020 findings); with includeDescendants, their sub-units too",
  })
  throughLineage?: boolean;

  @AreaCodeListField()
  areaCodes?: string[];

  @Field(() => [FindingKind], { nullable: true })
  kinds?: FindingKind[];

  @Field(() => [FindingStatus], { nullable: true })
  statuses?: FindingStatus[];

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => [EvidenceVerdict], {
    nullable: true,
    description: "What the unit's figures say of the finding (judged by e-government-metrics)",
  })
  verdicts?: EvidenceVerdict[];

  @Field(() => String, {
    nullable: true,
    description:
      'Words of the text or criterion code, with or without accents, any case ("ho so tre hen" finds "Hồ sơ ' +
      'trễ hẹn"); each word must begin a word of the finding. At most 100 characters',
  })
  search?: string;
}

@InputType({ description: "Filters for a unit's own findings" })
export class UnitFindingFilter {
  @AreaCodeListField()
  areaCodes?: string[];

  @Field(() => [FindingKind], { nullable: true })
  kinds?: FindingKind[];

  @Field(() => [FindingStatus], { nullable: true })
  statuses?: FindingStatus[];

  @Field(() => Int, { nullable: true })
  year?: number;
}
