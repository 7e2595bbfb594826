import { ApolloArmor } from '@escape.tech/graphql-armor';

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

/** graphql-armor's validation rules and plugins for the gateway; field suggestions are hidden in production. */
export function protection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
