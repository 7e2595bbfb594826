import { Directive, Field, Int, ObjectType } from 'type-graphql';

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

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) for a node type. */
export function connection<T>(name: string, node: () => new () => T) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(node)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node()])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return Connection;
}
