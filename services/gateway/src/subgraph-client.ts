import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import type { RequestContext } from '@cchc/kit';
import { GraphQLError } from 'graphql';

/** Calls one subgraph: forwards the request id, gives up after a timeout. */
export class SubgraphClient extends RemoteGraphQLDataSource<RequestContext> {
  constructor(url: string, timeoutMs: number) {
    super({
      url,
      fetcher: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RequestContext>): void {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
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
