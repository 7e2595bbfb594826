import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ASTNode, type DocumentNode, Kind, type OperationDefinitionNode, print, visit } from 'graphql';

/** A request's text and variables, typed with its answer (`answer` is never set: it only carries the type). */
export interface Request<Answer> {
  query: string;
  variables: Record<string, unknown>;
  answer?: Answer;
}

/** A generated document, printed once (when the module loads), as a function of its typed variables. */
export function operation<Answer, Variables>(document: TypedDocumentNode<Answer, Variables>) {
  const query = print(document);
  return (variables: Variables): Request<Answer> => ({
    query,
    variables: variables as Record<string, unknown>,
  });
}

/** Where the answer for the item at this index is, in a per-item request. */
export const itemAlias = (index: number) => `u${index}`;

/** The answer of a per-item request: the document's root field once per item, under `itemAlias(index)`. */
export type PerItemAnswer<Answer> = Record<string, Answer[keyof Answer] | undefined>;

/**
 * A one-field query asked for many items in one request, e.g. the descendants of 40 units: the root field is
 * repeated under `u0`, `u1`… and the item's variable suffixed with its index (`$id` → `$id0`, `$id1`…); the other
 * variables are shared. The document is the generated one (validated against the registry's SDL in a test):
 * this only renames.
 */
export function perItem<Answer, Variables, Item extends keyof Variables & string>(
  document: TypedDocumentNode<Answer, Variables>,
  itemVariable: Item,
) {
  return (
    items: readonly Variables[Item][],
    shared: Omit<Variables, Item>,
  ): Request<PerItemAnswer<Answer>> => ({
    query: perItemQuery(document, itemVariable, items.length),
    variables: {
      ...shared,
      ...Object.fromEntries(items.map((item, index) => [`${itemVariable}${index}`, item])),
    },
  });
}

function perItemQuery(document: DocumentNode, itemVariable: string, count: number): string {
  const query = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const [field, ...otherFields] = query?.selectionSet.selections ?? [];
  if (!query || field?.kind !== Kind.FIELD || otherFields.length > 0) {
    throw new Error('A per-item request repeats a query of exactly one root field');
  }
  const forItem = <Node extends ASTNode>(node: Node, index: number): Node =>
    visit(node, {
      Variable: (variable) =>
        variable.name.value === itemVariable
          ? { ...variable, name: { ...variable.name, value: `${itemVariable}${index}` } }
          : undefined,
    });
  const indices = Array.from({ length: count }, (_, index) => index);
  const repeated: OperationDefinitionNode = {
    ...query,
    variableDefinitions: query.variableDefinitions?.flatMap((definition) =>
      definition.variable.name.value === itemVariable
        ? indices.map((index) => forItem(definition, index))
        : [definition],
    ),
    selectionSet: {
      ...query.selectionSet,
      selections: indices.map((index) => ({
        ...forItem(field, index),
        alias: { kind: Kind.NAME, value: itemAlias(index) },
      })),
    },
  };
  return print({
    ...document,
    definitions: document.definitions.map((definition) => (definition === query ? repeated : definition)),
  });
}
