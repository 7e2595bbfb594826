import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

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

/**
 * An entity another subgraph owns, known here by its id only (resolve its references with `referenceById`). Each
 * subgraph calls this for a class of its own, to which its resolvers add its fields.
 */
export function entityById(name: string) {
  @ObjectType(name)
  @Directive('@key(fields: "id")')
  class Entity {
    @Field(() => ID)
    id!: string;
  }
  return Entity;
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

/**
 * Registers a TypeScript enum as a GraphQL enum with a description for every value: a value added without one
 * does not compile (type-graphql's own `valuesConfig` leaves it out silently).
 */
export function registerDescribedEnum<E extends Record<string, string>>(
  values: E,
  config: { name: string; description?: string; values: Record<keyof E, string> },
): void {
  const valuesConfig = Object.fromEntries(
    Object.entries(config.values).map(([value, description]) => [value, { description }]),
  ) as Partial<Record<keyof E, { description: string }>>;
  registerEnumType(values, { name: config.name, description: config.description, valuesConfig });
}
