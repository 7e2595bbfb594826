import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { GatewayServerContext } from './context.js';
import { mapAnswerErrors } from './observability.js';

/**
 * The code of an error refused before execution, which the runtime leaves without one: a variable that cannot
 * be coerced is BAD_USER_INPUT, anything else (graphql-armor's limits, validation) GRAPHQL_VALIDATION_FAILED,
 * as Apollo Server answered them and the CSV routes and clients expect.
 */
const codeOf = (error: GraphQLError, single: ExecutionResult) => {
  if (error.extensions?.code || error.path || single.data) return error.extensions?.code;
  return error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED';
};

interface HttpExtension {
  status?: number;
  headers?: Record<string, string>;
  /** Yoga's flag: answer 200 instead of `status` when the client accepts `application/json`. */
  spec?: boolean;
}

/**
 * The HTTP side of an error: a refused request is 400 (or its own 4xx) whatever the Accept header. The
 * GraphQL-over-HTTP spec's 200 for `application/json` would hide from proxies and dashboards that it was refused.
 */
const httpOf = (error: GraphQLError, single: ExecutionResult): { http?: HttpExtension } => {
  const { spec: _spec, ...http } = (error.extensions?.http ?? {}) as HttpExtension;
  if (http.status) return { http };
  return !error.extensions?.code && !error.path && !single.data ? { http: { status: 400 } } : {};
};

/** Yoga's "Could not determine what operation to execute.", said with what was wrong. */
const unresolvedOperation = (operationName: string | undefined) =>
  operationName
    ? `operationName "${operationName}" names no operation of the document`
    : 'The document has several operations (or none): name the one to run in operationName';

/** What the client is told of one error: its code, the request id, the HTTP status of a refusal, nothing internal. */
export function clientError(
  error: GraphQLError,
  single: ExecutionResult,
  request: { requestId: string; operationName?: string },
): { message: string; extensions: Record<string, unknown> } {
  // Yoga's `originalError` extension shows a parser's own error (its name and message): not for clients.
  const { originalError: _internal, http: _http, ...extensions } = error.extensions;
  const code = codeOf(error, single);
  return {
    message:
      code === 'OPERATION_RESOLUTION_FAILURE' ? unresolvedOperation(request.operationName) : error.message,
    extensions: { ...extensions, code, requestId: request.requestId, ...httpOf(error, single) },
  };
}

/** A request the runtime cannot read as GraphQL parameters, refused with its status and a message that says why. */
const malformed = (message: string, status = 400) =>
  new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status } } });

/**
 * Every error a client gets has a stable code and the request id (so that a user can quote it), a refusal has a
 * 4xx status, and a request the runtime cannot read is a 4xx rather than a masked 500: parameters that are not
 * JSON (`?variables=x`), a body of a media type it does not read (answered 415 with no body by Yoga).
 */
export function clientErrors(): GatewayPlugin<GatewayServerContext> {
  const operationNames = new WeakMap<Request, string | undefined>();
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) {
        setRequestParser(() => {
          throw malformed(
            'Send GraphQL as a JSON body (content-type: application/json) or as query parameters of a GET',
            415,
          );
        });
        return;
      }
      // Yoga's GET and form parsers read `variables` and `extensions` with JSON.parse, whose error it masks as a 500.
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          throw malformed(
            'The request parameters are not valid: variables and extensions must be JSON objects',
          );
        }
      });
    },
    onParams({ params, request }) {
      operationNames.set(request, params.operationName);
    },
    onResultProcess({ request, result, setResult, serverContext }) {
      const { requestId } = serverContext as unknown as GatewayServerContext;
      const operationName = operationNames.get(request);
      setResult(
        mapAnswerErrors(result, (error, single) =>
          clientError(error, single, { requestId, operationName }),
        ) as never,
      );
    },
  };
}
