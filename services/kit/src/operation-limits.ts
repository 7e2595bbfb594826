import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';

/**
 * What a client may ask in one operation through the gateway (services/gateway/src/protection.ts applies it
 * with graphql-armor): the platform's heaviest queries (a plan with its targets, findings and actions; 500 units
 * with their indicators) pass with room to spare, a query built to exhaust the platform does not.
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

/**
 * What one operation may ask of a subgraph called directly (an anonymous 300-alias query to unit-registry once
 * answered 17 MB in 7.6 s): the gateway's limits, with room for what the gateway and the services send.
 * Variables do not count, so an `_entities` batch of any size is one variable.
 */
export const SUBGRAPH_OPERATION_LIMITS = {
  ...OPERATION_LIMITS,
  /** An entity fetch (`_entities { ... on Unit { … } }`) is up to two levels deeper than the field it continues. */
  maxDepth: OPERATION_LIMITS.maxDepth + 2,
  /** Each level deeper costs 1.5× more, so the same fields in an entity fetch may cost up to 2.25× more. */
  maxCost: OPERATION_LIMITS.maxCost * 2.25,
  /** The units the registry client asks about in one request (one alias per unit, see its `perItem`). */
  maxAliases: 50,
  /** A query plan repeats key fields and `__typename`; 50 per-unit aliases take about 2,500 tokens. */
  maxTokens: OPERATION_LIMITS.maxTokens * 2,
} as const;

/**
 * The Apollo Server options that refuse an operation over the subgraph limits before anything runs, with HTTP 400:
 * too many tokens stops the parser (`GRAPHQL_PARSE_FAILED`), too deep, costly, aliased or directed fails
 * validation (`GRAPHQL_VALIDATION_FAILED`), each naming the limit.
 */
export function subgraphOperationLimits(): { parseOptions: ParseOptions; validationRules: ValidationRule[] } {
  const limits = SUBGRAPH_OPERATION_LIMITS;
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // graphql-js's own bound (below): armor's fails in a hook Apollo answers with a 500.
    maxTokens: { enabled: false },
    // Field suggestions are the gateway's concern (hidden from anonymous callers in production).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { parseOptions: { maxTokens: limits.maxTokens }, validationRules };
}
