import {
  defaultFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { badInput } from './errors.js';
import { isStorableText } from './text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

type ScalarCheck = (value: unknown, path: string) => void;

/**
 * What each scalar argument must hold beyond what graphql-js coerces: every platform id is a UUID (a number sent as
 * an ID arrives as "1e+308"), and text has nothing PostgreSQL refuses. Checked here, a bad value is BAD_USER_INPUT
 * naming its argument, instead of a database error reported as INTERNAL_SERVER_ERROR.
 */
function scalarChecks(schema: GraphQLSchema): Record<string, ScalarCheck> {
  const entity = schema.getType('_Entity');
  const entityNames = new Set(isUnionType(entity) ? entity.getTypes().map((type) => type.name) : []);
  return {
    ID: (value, path) => {
      if (!isUuid(value)) throw badInput(path, `${path} must be a UUID`);
    },
    String: (value, path) => {
      if (typeof value === 'string' && !isStorableText(value)) {
        throw badInput(path, `${path} holds a NUL character or a lone surrogate`);
      }
    },
    // `_entities(representations:)`: every entity of the platform is keyed by a UUID `id`.
    _Any: (value, path) => {
      const representation = value as { __typename?: unknown; id?: unknown } | null;
      if (
        typeof representation !== 'object' ||
        !entityNames.has(representation?.__typename as string) ||
        !isUuid(representation?.id)
      ) {
        throw badInput(path, `each of ${path} must name an entity of this subgraph and its UUID id`);
      }
    },
  };
}

/**
 * Wraps, in place, every field resolver that takes an ID, String or entity representation (also inside lists and
 * input objects) so that its arguments are checked before it runs. The refusal names the argument's path in
 * `extensions.field`, e.g. `filter.unitIds`.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const checks = scalarChecks(schema);
  const needsCheck = checkedTypes(checks);
  const check = (type: GraphQLInputType, value: unknown, path: string): void => {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      for (const item of value as unknown[]) check(nullable.ofType, item, path);
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) {
        check(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
      }
    } else if (isScalarType(nullable)) {
      checks[nullable.name]?.(value, path);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checkedArgs = field.args.filter((arg) => needsCheck(arg.type));
      if (checkedArgs.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        for (const arg of checkedArgs) check(arg.type, args[arg.name], arg.name);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Whether an input type holds, anywhere inside it, a scalar that has a check (input objects may be recursive). */
function checkedTypes(checks: Record<string, ScalarCheck>) {
  const needsCheck = (type: GraphQLInputType, visiting: Set<string>): boolean => {
    const named = getNullableType(type);
    if (isListType(named)) return needsCheck(named.ofType, visiting);
    if (isScalarType(named)) return named.name in checks;
    if (!isInputObjectType(named) || visiting.has(named.name)) return false;
    const inside = new Set(visiting).add(named.name);
    return Object.values(named.getFields()).some((field) => needsCheck(field.type, inside));
  };
  return (type: GraphQLInputType) => needsCheck(type, new Set());
}
