import { DateScalar } from '@cchc/kit';
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type * as app from '../application/inputs.js';
import { ActionStatus } from '../domain/enums.js';
import './enums.js';
import { IdListField, UnitCodeListField } from './filter-fields.js';

@InputType()
export class ActionInput implements app.ActionFields {
  @Field(() => String)
  @Length(3, 4000)
  requiredAction!: string;

  @Field(() => ID, { nullable: true, description: "The finding's unit when absent" })
  @IsOptional()
  @IsUUID()
  responsibleUnitId?: string | null;

  @Field(() => DateScalar)
  deadline!: string;
}

@InputType()
export class AttachmentInput {
  @Field(() => String)
  @Length(1, 255)
  fileName!: string;

  @Field(() => String)
  @MaxLength(255)
  @Matches(/^[\w.+-]+\/[\w.+-]+$/)
  mediaType!: string;

  @Field(() => Int)
  @Min(0)
  sizeBytes!: number;
}

@InputType()
export class ReportInput implements app.ReportFields {
  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String)
  @Length(3, 20_000)
  text!: string;

  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'Filters combine with AND' })
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => Int, { nullable: true, description: 'Actions of findings of the plans of this year' })
  year?: number;

  @IdListField()
  responsibleUnitIds?: string[];

  @UnitCodeListField({
    description: 'Responsible units by their code as of asOf, together with responsibleUnitIds',
  })
  responsibleUnitCodes?: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date responsibleUnitCodes resolve on; today when absent',
  })
  asOf?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also every unit ever below responsibleUnitIds and responsibleUnitCodes',
  })
  includeDescendants?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also the units responsibleUnitIds and responsibleUnitCodes were formed from through reorganisations, at any depth (today's An Giang: Kiên Giang's 2020 findings); with includeDescendants, their sub-units too",
  })
  throughLineage?: boolean;

  @Field(() => [ActionStatus], {
    nullable: true,
    description: 'OVERDUE selects open actions past their deadline',
  })
  statuses?: ActionStatus[];
}
