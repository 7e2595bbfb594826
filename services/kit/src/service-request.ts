import { DomainError, ErrorCode } from './errors.js';
import { withTraceContext } from './telemetry.js';

export interface ServiceAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface ServiceRequest {
  /** The other service's GraphQL endpoint, and its name for messages ("the unit registry"). */
  url: string;
  service: string;
  query: string;
  variables: Record<string, unknown>;
  /** e.g. the caller's Authorization, when the other service checks who asks. */
  headers?: Record<string, string>;
  timeoutMs: number;
}

/**
 * One GraphQL request from this service to another (service to service, not through the gateway), with
 * the trace context; an unreachable service is an INTERNAL_SERVER_ERROR naming it. The caller decides
 * what the other service's errors mean.
 */
export async function askService<T>(request: ServiceRequest): Promise<ServiceAnswer<T>> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: withTraceContext({ 'content-type': 'application/json', ...request.headers }),
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    return (await response.json()) as ServiceAnswer<T>;
  } catch (error) {
    throw new DomainError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `${request.service} cannot be reached (${(error as Error).message}); try again shortly`,
    );
  }
}
