import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { RequestContext } from '@cchc/kit';

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
}
