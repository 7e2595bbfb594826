import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { RequestContext } from '../http.js';

/**
 * An endpoint that reads the raw request and writes the raw response, given the body already read within the
 * size limit: the gateway's runtime, a fetch handler.
 */
export interface RawGraphqlEndpoint {
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    base: RequestContext,
  ): Promise<void>;
  stop(): Promise<void>;
}

/** An endpoint answering through Fastify, which has parsed the JSON body: a subgraph's Apollo Server. */
export interface FastifyGraphqlEndpoint {
  /** The handler of /graphql; `baseOf` gives a request's base context. */
  handler(baseOf: (request: FastifyRequest) => RequestContext): RouteHandlerMethod;
  stop(): Promise<void>;
}

/** What answers at /graphql once the request is admitted. */
export type GraphqlEndpoint = RawGraphqlEndpoint | FastifyGraphqlEndpoint;

export const isRawEndpoint = (endpoint: GraphqlEndpoint): endpoint is RawGraphqlEndpoint =>
  'handle' in endpoint;

/** Apollo Server (started) at /graphql through its Fastify integration, each request's context made from the base one. */
export async function apolloEndpoint<C extends RequestContext>(
  apollo: ApolloServer<C>,
  context: (base: RequestContext) => Promise<C>,
): Promise<FastifyGraphqlEndpoint> {
  await apollo.start();
  return {
    stop: () => apollo.stop(),
    handler: (baseOf) => fastifyApolloHandler(apollo, { context: (request) => context(baseOf(request)) }),
  };
}
