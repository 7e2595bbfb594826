import { IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

const SHARE = {
  nullable: true,
  description: 'Between 0 and 1; the usual share when absent',
} as const;

@InputType({
  description:
    "The share of a measurable criterion's maximum proposed for each status of its indicator (usually 1, 0.5, 0)",
})
export class IndicatorPointsInput {
  @Field(() => Float, SHARE)
  @IsOptional()
  @Min(0)
  @Max(1)
  good?: number | null;

  @Field(() => Float, SHARE)
  @IsOptional()
  @Min(0)
  @Max(1)
  warning?: number | null;

  @Field(() => Float, SHARE)
  @IsOptional()
  @Min(0)
  @Max(1)
  alert?: number | null;
}

@InputType()
export class CriterionInput {
  @Field(() => String)
  @Matches(/^[A-Z]{2,10}$/)
  areaCode!: string;

  @Field(() => String)
  @Matches(/^[A-Z]{2,10}(\.\d{1,3}){1,3}$/, { message: 'code must look like TTHC.3 or TTHC.3.1' })
  code!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  parentCode?: string | null;

  @Field(() => String)
  @Length(3, 500)
  nameVi!: string;

  @Field(() => String)
  @Length(3, 500)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  guidance?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Điểm tối đa; unchanged when absent (0 for a new criterion)',
  })
  @IsOptional()
  @Min(0)
  @Max(1000)
  maxPoints?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An indicator code of indicatorCatalog whose figures propose its points; unchanged when absent, removed when null',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,60}$/)
  indicatorCode?: string | null;

  @Field(() => IndicatorPointsInput, {
    nullable: true,
    description:
      'The share of maxPoints each status proposes; unchanged when absent, the usual shares when null',
  })
  @IsOptional()
  @ValidateNested()
  indicatorPoints?: IndicatorPointsInput | null;
}
