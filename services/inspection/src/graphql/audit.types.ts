import { connection } from '@cchc/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One change in the audit log' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  objectType!: string;

  @Field(() => ID)
  objectId!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  actor!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => GraphQLJSONObject, { description: 'Field → [before, after]' })
  changes!: Record<string, unknown>;
}

export const AuditEntryConnection = connection('AuditEntry', () => AuditEntry);
