import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import {
  ErrorCode,
  inSpan,
  type RequestContext,
  type ServiceMetrics,
  tracerOf,
  withTraceContext,
} from '@cchc/kit';
import { SpanKind } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';

/** A subgraph that cannot be reached or is too slow: named, so that the client knows which part is missing. */
function unavailable(name: string, error: unknown, timeoutMs: number): GraphQLError {
  const timedOut = (error as Error | undefined)?.name === 'TimeoutError';
  const why = timedOut ? `did not answer within ${timeoutMs} ms` : 'cannot be reached';
  return new GraphQLError(`The ${name} service ${why}; its part of this answer is missing`, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName: name },
  });
}

const tracer = tracerOf('gateway');

/** Calls one subgraph: forwards the request id and trace context, gives up after a timeout, times each call. */
export class SubgraphClient extends RemoteGraphQLDataSource<RequestContext> {
  constructor(name: string, url: string, timeoutMs: number, metrics?: ServiceMetrics) {
    super({
      url,
      fetcher: (input, init) =>
        inSpan(
          tracer,
          `subgraph ${name}`,
          { kind: SpanKind.CLIENT, attributes: { 'cchc.subgraph': name } },
          async (span) => {
            const stop = metrics?.subgraphFetchDuration.startTimer({ subgraph: name });
            try {
              const headers = withTraceContext((init?.headers ?? {}) as Record<string, string>);
              const response = await fetch(input, {
                ...init,
                headers,
                signal: AbortSignal.timeout(timeoutMs),
              });
              stop?.({ outcome: String(response.status) });
              span.setAttribute('http.status_code', response.status);
              return response;
            } catch (error) {
              stop?.({ outcome: 'failed' });
              throw unavailable(name, error, timeoutMs);
            }
          },
        ),
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RequestContext>): void {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    // The subgraphs verify the caller's token again and apply their own rules.
    const authorization = context?.headers?.authorization;
    if (authorization) request.http?.headers.set('authorization', authorization);
  }

  /**
   * A subgraph answers a request it rejects (bad variables, validation) with HTTP 400 and GraphQL
   * errors in the body; pass the subgraph's own message and code on instead of a bare "400: Bad Request".
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (
      error.extensions.response as {
        body?: { errors?: { message?: string; extensions?: { code?: unknown } }[] };
      }
    )?.body;
    const first = body?.errors?.[0];
    if (typeof first?.message === 'string' && typeof first.extensions?.code === 'string') {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return error;
  }
}
