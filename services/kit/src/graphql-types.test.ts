import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Arg, buildSchema, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { entityById, registerDescribedEnum } from './graphql-types.js';

enum Shade {
  LIGHT = 'LIGHT',
  DARK = 'DARK',
}
registerDescribedEnum(Shade, {
  name: 'Shade',
  description: 'How dark',
  values: { LIGHT: 'Sáng', DARK: 'Tối' },
});

const Place = entityById('Place');
type Place = InstanceType<typeof Place>;
const Other = entityById('Place');

@Resolver(() => Place)
class PlaceResolver {
  @Query(() => Place)
  place(@Arg('id', () => String) id: string): Place {
    return { id };
  }

  @FieldResolver(() => Shade)
  shade(@Root() _place: Place): Shade {
    return Shade.DARK;
  }
}

describe('shared GraphQL declarations', () => {
  it('prints a described enum with each value’s description, and an entity known by id with its key', async () => {
    const sdl = printSchemaWithDirectives(await buildSchema({ resolvers: [PlaceResolver] }));
    expect(sdl).toContain('"""How dark"""\nenum Shade {\n  """Sáng"""\n  LIGHT\n  """Tối"""\n  DARK\n}');
    expect(sdl).toContain('type Place @key(fields: "id") {\n  id: ID!\n  shade: Shade!\n}');
  });

  it('gives each caller a class of its own, so that one subgraph’s fields stay off another’s', () => {
    expect(Other).not.toBe(Place);
  });
});
