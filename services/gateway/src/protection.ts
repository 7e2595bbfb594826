import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@cchc/kit';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';

/**
 * The limits every operation must stay within, checked before anything is fetched. Chosen so that the
 * platform's own heaviest queries (a plan with its targets, findings and actions; 500 units with their
 * indicators) pass with room to spare, and that a query built to exhaust the platform does not.
 */
export const OPERATION_LIMITS = {
  /** Nesting depth: unit → findings → edges → node → actions → reports → … stays under 12. */
  maxDepth: 12,
  /** graphql-armor's cost (each field costs, deeper fields cost more). */
  maxCost: 20_000,
  /** Aliases let one request ask the same expensive field many times. */
  maxAliases: 30,
  maxDirectives: 50,
  /** Lexical tokens in the document: bounds the parser's work. */
  maxTokens: 5_000,
} as const;

/** graphql-armor's validation rules and plugins for the gateway, and schema discovery kept from anonymous callers. */
export function protection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    // Suggestions are hidden from anonymous callers only (below), not from logged-in ones.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, schemaDiscovery(production)], validationRules };
}

const asksForSchema = (document: DocumentNode) => {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
};

const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * In production, an anonymous caller can neither introspect the schema nor learn field names from "Did you
 * mean …?" suggestions; logged-in users and BI tools (with a token) explore it as usual.
 */
function schemaDiscovery(production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!production || contextValue.identity) return;
      return {
        async didResolveOperation({ document }) {
          if (asksForSchema(document)) {
            throw new GraphQLError('Log in to read the schema: introspection is for logged-in callers', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}
