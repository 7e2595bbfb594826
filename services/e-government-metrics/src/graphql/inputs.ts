import { DateScalar } from '@cchc/kit';
import { ArrayMaxSize, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Grain } from './types.js';

@InputType({
  description:
    'Which facts: the units named (by id or code) and/or everything under a unit (by id or code), over a date range',
})
export class FactFilter {
  @Field(() => [String], { nullable: true, description: 'All indicators when absent' })
  @IsOptional()
  @ArrayMaxSize(50)
  indicatorCodes?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  unitIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Every unit under this one (filtered by levels and asOf)' })
  @IsOptional()
  descendantsOf?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Mã đơn vị / units by code (e.g. "91", "30817"), held on asOf (today when absent)',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  unitCodes?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Mọi đơn vị trực thuộc đơn vị mang mã này / every unit under the unit holding this code on asOf (today when absent)',
  })
  @IsOptional()
  @IsString()
  descendantsOfCode?: string;

  @Field(() => [String], { nullable: true, description: 'PROVINCE, DISTRICT, COMMUNE' })
  @IsOptional()
  levels?: string[];

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => Grain, { nullable: true, description: 'MONTH by default' })
  grain?: Grain;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Units (and sub-units) in force on this date; all when absent. Codes are resolved on this date (today when absent)',
  })
  asOf?: string;
}
