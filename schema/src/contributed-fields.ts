import {
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  parse,
} from 'graphql';
import type { SubgraphSdl } from './check.js';

/**
 * Which subgraph owns each entity that several subgraphs share: the one that answers its own fields. Every other
 * subgraph only adds fields to it, and the gateway fetches those from that subgraph in a further step.
 */
export const ENTITY_OWNERS: Record<string, string> = {
  Unit: 'unit-registry',
  Finding: 'inspection',
};

type ObjectDefinition = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

/** The fields named by the type's @key directives (simple keys such as "id" or "code year"); none: not an entity. */
function keyFields(type: ObjectDefinition): Set<string> {
  const keys = new Set<string>();
  for (const directive of type.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
    if (fields?.kind === Kind.STRING) for (const key of fields.value.split(/[\s{}]+/)) if (key) keys.add(key);
  }
  return keys;
}
const isExternal = (field: FieldDefinitionNode) =>
  field.directives?.some((d) => d.name.value === 'external') ?? false;

/**
 * The fields a subgraph adds, non-null, to an entity another subgraph owns. A contributed field must be nullable:
 * when its subgraph is down, the gateway nulls it, and a non-null one would null the whole entity (and its parents
 * up to the first nullable field), losing the owner's data with it. An entity shared without a declared owner is
 * reported too, since the rule cannot be checked for it.
 */
export function nonNullContributedFields(subgraphs: SubgraphSdl[]): string[] {
  const problems: string[] = [];
  const sharedBy = new Map<string, string[]>();
  for (const { name, sdl } of subgraphs) {
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
        continue;
      const keys = keyFields(definition);
      if (keys.size === 0) continue;
      const entity = definition.name.value;
      sharedBy.set(entity, [...(sharedBy.get(entity) ?? []), name]);
      const owner = ENTITY_OWNERS[entity];
      if (owner === undefined || owner === name) continue;
      for (const field of definition.fields ?? []) {
        if (field.type.kind !== Kind.NON_NULL_TYPE || isExternal(field) || keys.has(field.name.value))
          continue;
        problems.push(
          `[${name}] ${entity}.${field.name.value} is non-null, but ${entity} belongs to ${owner}: a field added to another subgraph's entity must be nullable, so that while ${name} is down the gateway loses only that field, not the ${entity}`,
        );
      }
    }
  }
  for (const [entity, names] of sharedBy) {
    if (names.length > 1 && ENTITY_OWNERS[entity] === undefined)
      problems.push(
        `${entity} is shared by ${names.join(', ')} without a declared owner: add it to ENTITY_OWNERS in schema/src/contributed-fields.ts`,
      );
  }
  return problems;
}
