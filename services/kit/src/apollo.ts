import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { isExpectedError, toClientError } from './errors.js';
import type { RequestContext } from './http.js';
import { subgraphOperationLimits } from './operation-limits.js';

/** Logs unexpected errors with the request's logger and puts the request id on every error sent back. */
const errorReporting: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isExpectedError(error))
            contextValue.logger.error({ err: error.originalError ?? error }, 'unexpected error');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
      },
    };
  },
};

/** Counts operations by name and outcome (first error code, or OK) and times them, for /metrics. */
const operationMetrics: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ response, operationName }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const code = String(errors?.[0]?.extensions?.code ?? 'OK');
        const operation = operationName ?? '(anonymous)';
        contextValue.metrics?.graphqlOperations.inc({ operation, code });
        contextValue.metrics?.graphqlDuration.observe(
          { operation },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      },
    };
  },
};

type ServedBy<C extends RequestContext> = Pick<ApolloServerOptions<C>, 'schema' | 'gateway'>;

/**
 * Apollo Server as every subgraph runs it: operations over the subgraph limits refused with HTTP 400, errors
 * mapped to the platform's codes with no stack traces, no landing page (the default one loads from a CDN),
 * no inline tracing, extra plugins and validation rules appended.
 */
export function createApolloServer<C extends RequestContext>(
  servedBy: ServedBy<C>,
  options: {
    introspection: boolean;
    plugins?: ApolloServerPlugin<C>[];
    validationRules?: ApolloServerOptions<C>['validationRules'];
    /** Off where identity travels in bearer headers only (never cookies), so a browser cannot be tricked into sending it. */
    csrfPrevention?: boolean;
    /** Where automatic persisted queries are kept (Apollo Server's in-memory cache by default). */
    persistedQueries?: ApolloServerOptions<C>['persistedQueries'];
  },
): ApolloServer<C> {
  const limits = subgraphOperationLimits();
  return new ApolloServer<C>({
    ...(servedBy as ApolloServerOptions<C>),
    introspection: options.introspection,
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules, ...(options.validationRules ?? [])],
    csrfPrevention: options.csrfPrevention ?? true,
    persistedQueries: options.persistedQueries,
    allowBatchedHttpRequests: false,
    // runService owns SIGINT/SIGTERM (stop, flush the spans, exit): Apollo's own handler would re-raise the
    // signal once the server stopped and end the process before the rest.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: toClientError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo's hosted studio, which an intranet platform does not use.
      ApolloServerPluginInlineTraceDisabled(),
      errorReporting as ApolloServerPlugin<C>,
      operationMetrics as ApolloServerPlugin<C>,
      ...(options.plugins ?? []),
    ],
  });
}
