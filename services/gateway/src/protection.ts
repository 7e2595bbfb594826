import { OPERATION_LIMITS } from '@cchc/kit';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  BREAK,
  type DocumentNode,
  type FloatValueNode,
  GraphQLError,
  type IntValueNode,
  type ValidationRule,
  visit,
} from 'graphql';
import type { GatewayServerContext } from './runtime/context.js';
import { mapAnswerErrors } from './runtime/observability.js';

/**
 * graphql-armor's limits (its Envelop plugins; the runtime's own options cover depth and tokens only, not
 * cost, aliases or directives) and schema discovery kept from anonymous callers in production.
 */
export function protection(production: boolean): GatewayPlugin<GatewayServerContext>[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    // Suggestions are hidden from anonymous callers only (below), not from logged-in ones.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins } = armor.protect();
  return [
    ...(plugins as GatewayPlugin<GatewayServerContext>[]),
    readableNumbers,
    ...(production ? [schemaDiscovery] : []),
  ];
}

/**
 * A number literal too large for a double (`1e999`): graphql-js reads it as Infinity and lets it through, then
 * the query planner cannot parse the document and the request failed with a 500.
 */
export const finiteNumbers: ValidationRule = (context) => {
  const check = (node: IntValueNode | FloatValueNode) => {
    if (Number.isFinite(Number(node.value))) return;
    const shown = node.value.length > 24 ? `${node.value.slice(0, 20)}…` : node.value;
    context.reportError(
      new GraphQLError(`The number ${shown} is out of range: at most about 1.8e308 in absolute value`, {
        nodes: node,
      }),
    );
  };
  return { IntValue: check, FloatValue: check };
};

const readableNumbers: GatewayPlugin<GatewayServerContext> = {
  onValidate({ addValidationRule }) {
    addValidationRule(finiteNumbers);
  },
};

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
const schemaDiscovery: GatewayPlugin<GatewayServerContext> = {
  onValidate({ params, context }) {
    if (context.caller?.identity) return;
    if (asksForSchema(params.documentAST)) {
      throw new GraphQLError('Log in to read the schema: introspection is for logged-in callers', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
  },
  onResultProcess({ result, setResult, serverContext }) {
    if ((serverContext as unknown as GatewayServerContext).caller?.identity) return;
    setResult(
      mapAnswerErrors(result, (error) => ({
        ...error,
        message: error.message.replace(SUGGESTION, ''),
      })) as never,
    );
  },
};
