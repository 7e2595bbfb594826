import { connection, DateScalar } from '@cchc/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActionTimeliness } from '../domain/enums.js';
import './enums.js';

@ObjectType()
export class Attachment {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

@ObjectType({ description: 'A progress report by the responsible unit' })
export class ActionReport {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [Attachment])
  attachments!: Attachment[];

  @Field(() => String)
  author!: string;
}

@ObjectType({ description: 'A corrective action required by a finding' })
export class CorrectiveAction {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  requiredAction!: string;

  @Field(() => DateScalar)
  deadline!: string;

  @Field(() => DateScalar, { nullable: true })
  verifiedOn!: string | null;

  @Field(() => String, { nullable: true })
  verificationNote!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A count of corrective actions by how they stand against their deadlines' })
export class ActionTimelinessCount {
  @Field(() => ActionTimeliness)
  timeliness!: ActionTimeliness;

  @Field(() => Int)
  count!: number;
}

export const CorrectiveActionConnection = connection('CorrectiveAction', () => CorrectiveAction);
