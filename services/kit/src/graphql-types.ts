import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay page info; identical in every subgraph, hence shareable. */
@ObjectType({ description: 'Where a page sits in its connection' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
