import { ErrorCode, inSpan, type ServiceMetrics, tracerOf, withTraceContext } from '@cchc/kit';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { SpanKind } from '@opentelemetry/api';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { GatewayServerContext } from './context.js';

const tracer = tracerOf('gateway');

/**
 * Each call to a subgraph: a client span (its trace context sent along, so the subgraph continues the trace)
 * and its time in `subgraph_fetch_duration_seconds` by subgraph and outcome. Ours because the runtime's
 * Prometheus and OpenTelemetry plugins name their metrics and spans otherwise than the README's dashboards.
 */
export function subgraphCalls(
  metrics: ServiceMetrics,
  subgraphOf: (url: string) => string,
): GatewayPlugin<GatewayServerContext> {
  return {
    onFetch({ url, executionRequest, fetchFn, setFetchFn }) {
      const subgraph = executionRequest?.subgraphName ?? subgraphOf(url);
      setFetchFn((input, init, ...rest) =>
        inSpan(
          tracer,
          `subgraph ${subgraph}`,
          { kind: SpanKind.CLIENT, attributes: { 'cchc.subgraph': subgraph } },
          async (span) => {
            const stop = metrics.subgraphFetchDuration.startTimer({ subgraph });
            try {
              const headers = withTraceContext({ ...(init?.headers as Record<string, string>) });
              const response = await fetchFn(input, { ...init, headers }, ...rest);
              stop({ outcome: String(response.status) });
              span.setAttribute('http.status_code', response.status);
              return response;
            } catch (error) {
              stop({ outcome: 'failed' });
              // A timeout is the runtime's to report (upstreamTimeout); anything else means nobody answered.
              if (init?.signal?.aborted) throw error;
              throw new GraphQLError(
                `The ${subgraph} service cannot be reached; its part of this answer is missing`,
                {
                  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName: subgraph },
                },
              );
            }
          },
        ),
      );
    },
  };
}

/**
 * A subgraph that did not answer in time is SERVICE_UNAVAILABLE and named, its part missing and the rest
 * answered with HTTP 200 (the runtime says GATEWAY_TIMEOUT with 504); no error carries the subgraph request
 * the runtime attaches (internal addresses and queries).
 */
export function subgraphOutages(timeoutMs: number): GatewayPlugin<GatewayServerContext> {
  return {
    onResultProcess({ result, setResult }) {
      setResult(
        mapAnswerErrors(result, (error) => {
          const { request: _request, ...extensions } = error.extensions as Record<string, unknown>;
          if (extensions.code !== 'GATEWAY_TIMEOUT') return { extensions };
          const { http: _http, ...kept } = extensions;
          return {
            message: `The ${String(kept.serviceName)} service did not answer within ${timeoutMs} ms; its part of this answer is missing`,
            extensions: { ...kept, code: ErrorCode.SERVICE_UNAVAILABLE },
          };
        }) as never,
      );
    },
  };
}

type ErrorChange = { message?: string; extensions?: Record<string, unknown> };

/**
 * The errors of an answer (one result, or a batch) changed by `change`, as new errors: the runtime caches
 * validation errors and shares them between requests. Incremental results are left as they are.
 */
export function mapAnswerErrors(
  result: unknown,
  change: (error: GraphQLError, single: ExecutionResult) => ErrorChange,
): unknown {
  if (Symbol.asyncIterator in Object(result)) return result;
  const mapOne = (single: ExecutionResult) =>
    single.errors?.length
      ? {
          ...single,
          errors: single.errors.map((error) => {
            const { message = error.message, extensions = error.extensions } = change(error, single);
            return new GraphQLError(message, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              path: error.path,
              originalError: error.originalError,
              extensions,
            });
          }),
        }
      : single;
  return Array.isArray(result) ? result.map(mapOne) : mapOne(result as ExecutionResult);
}

/** Distinct operation names kept as metric labels; later ones are counted as `other`. */
export const OPERATION_NAMES_KEPT = 100;
/** Longer names are not labels either (a client may send any string). */
const OPERATION_NAME_LENGTH = 100;

/**
 * The label for a client-chosen operation name: the first `kept` distinct names are labels, the rest `other`,
 * so that a client inventing names cannot make series without bound (150 names made 2,100 of them).
 */
export function operationLabels(kept = OPERATION_NAMES_KEPT): (name: string | null | undefined) => string {
  const names = new Set<string>();
  return (name) => {
    if (!name) return '(anonymous)';
    if (names.has(name)) return name;
    if (names.size >= kept || name.length > OPERATION_NAME_LENGTH) return 'other';
    names.add(name);
    return name;
  };
}

/**
 * Operations counted by name (bounded, see operationLabels) and outcome (first error code, or OK) and timed, for
 * /metrics; after `clientErrors`, which gives every error its code.
 */
export function operationOutcomes(metrics: ServiceMetrics): GatewayPlugin<GatewayServerContext> {
  const operations = new WeakMap<Request, { name: string; started: bigint }>();
  const labelOf = operationLabels();
  return {
    onParams({ params, request }) {
      operations.set(request, { name: labelOf(params.operationName), started: process.hrtime.bigint() });
    },
    onResultProcess({ request, result }) {
      if (Symbol.asyncIterator in Object(result)) return;
      const first = (Array.isArray(result) ? result[0] : result) as ExecutionResult | undefined;
      const operation = operations.get(request);
      const name = operation?.name ?? '(anonymous)';
      metrics.graphqlOperations.inc({
        operation: name,
        code: String(first?.errors?.[0]?.extensions?.code ?? 'OK'),
      });
      if (operation)
        metrics.graphqlDuration.observe(
          { operation: name },
          Number(process.hrtime.bigint() - operation.started) / 1e9,
        );
    },
  };
}
