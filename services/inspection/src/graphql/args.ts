import { Arg, Int } from 'type-graphql';

/** The version a change is made from: the caller sends back the one it read. */
export const VersionArg = () =>
  Arg('version', () => Int, {
    description: 'The version you last read; a stale one gets CONFLICT and nothing is written',
  });

/** A page's size (`pageSize` applies the default and the bound). */
export const FirstArg = () => Arg('first', () => Int, { nullable: true });

/** The cursor a page starts after. */
export const AfterArg = () => Arg('after', () => String, { nullable: true });
