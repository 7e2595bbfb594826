import type { IncomingMessage } from 'node:http';
import type { GraphqlEndpoint, Identity, RequestContext } from '@cchc/kit';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { FormattedExecutionResult } from 'graphql';
import type { Caller } from '../accounts/callers.js';
import type { GatewayServerContext } from './context.js';

const headersOf = (request: IncomingMessage) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
};

/** The runtime (a WHATWG fetch handler) at /graphql of the kit's HTTP server, which has read and bounded the body. */
export function runtimeEndpoint(
  runtime: GatewayRuntime<GatewayServerContext>,
  callerOf: (request: IncomingMessage) => Caller | undefined,
): GraphqlEndpoint {
  return {
    stop: async () => {
      await runtime.dispose();
    },
    handle: async (request, response, body, base: RequestContext) => {
      const method = request.method ?? 'GET';
      const answer = await runtime.fetch(
        new URL(request.url ?? '/', 'http://localhost').href,
        {
          method,
          headers: headersOf(request),
          body: method === 'GET' || method === 'HEAD' ? undefined : body,
        },
        { requestId: base.requestId, logger: base.logger, caller: callerOf(request) },
      );
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        response.setHeader(name, value);
      });
      if (answer.body) for await (const chunk of answer.body) response.write(chunk);
      response.end();
    },
  };
}

/** One GraphQL operation run through the gateway's own runtime as a caller (every rule of the queries applies). */
export type RunGraphql = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<FormattedExecutionResult>;

/** The caller of a route that runs GraphQL itself (exports, documents), resolved from its headers. */
export type AsCaller = (
  request: IncomingMessage,
  requestId: string,
) => Promise<{ identity: Identity | null; run: RunGraphql }>;

export function graphqlAs(
  runtime: GatewayRuntime<GatewayServerContext>,
  context: GatewayServerContext,
): RunGraphql {
  return async (query, variables) => {
    const answer = await runtime.fetch(
      'http://localhost/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      },
      context,
    );
    return (await answer.json()) as FormattedExecutionResult;
  };
}
