import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The platform's stable error codes, sent to clients as `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A subgraph did not answer (down or too slow): its part of the answer is missing, the rest is there. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error the domain throws on purpose; its message is written for the person who sent the request. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
export const notFound = (what: string, id: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { id });

/**
 * Codes whose message is meant for the client: what graphql-js and Apollo raise for a malformed request,
 * and the platform's own (but not INTERNAL_SERVER_ERROR, which Apollo puts on any unexpected error).
 */
const REQUEST_ERROR_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
]);

/** Extension keys the platform's own errors carry for clients (see DomainError details). */
const CLIENT_DETAILS = new Set(['field', 'fields', 'id', 'currentVersion', 'serviceName']);

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

const originalOf = (error: unknown) =>
  error instanceof GraphQLError ? (error.originalError ?? error) : error;

function validationIssues(error: unknown): ValidationIssue[] | undefined {
  const issues = (error as { extensions?: { validationErrors?: unknown } } | undefined)?.extensions
    ?.validationErrors;
  return Array.isArray(issues) ? (issues as ValidationIssue[]) : undefined;
}

/** Flattens class-validator's nested issues into `field.path: messages`. */
function flattenIssues(issues: ValidationIssue[], prefix = ''): { field: string; messages: string[] }[] {
  return issues.flatMap((issue) => {
    const field = prefix ? `${prefix}.${issue.property}` : issue.property;
    const own = issue.constraints ? [{ field, messages: Object.values(issue.constraints) }] : [];
    return [...own, ...flattenIssues(issue.children ?? [], field)];
  });
}

/** Socket errors met while reaching PostgreSQL (Node's `code`). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
/** PostgreSQL SQLSTATEs of a server going away: shut down by an administrator, crashing, starting up (57P0x). */
const SERVER_GONE_STATES = new Set(['57P01', '57P02', '57P03']);
/** What pg says, with no code, when the server closes the connection or the pool cannot open one in time. */
const CONNECTION_LOST = /Connection terminated|timeout exceeded when trying to connect/i;
/**
 * TypeORM's errors for a transaction whose connection the pool already dropped: met when the server went away in
 * the middle of a write (the write's next statement, or its rollback).
 */
const RELEASED_CONNECTION = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/**
 * True when the database could not be reached or went away: a state of the platform (SERVICE_UNAVAILABLE, worth
 * retrying), not a defect of the request. TypeORM keeps pg's error as `driverError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const failure = error as { code?: unknown; message?: unknown; driverError?: unknown } | null | undefined;
  if (!failure || typeof failure !== 'object') return false;
  const code = typeof failure.code === 'string' ? failure.code : '';
  return (
    CONNECTION_CODES.has(code) ||
    SERVER_GONE_STATES.has(code) ||
    code.startsWith('08') || // connection exception class
    CONNECTION_LOST.test(String(failure.message ?? '')) ||
    RELEASED_CONNECTION.has((failure as Error).name) ||
    (failure.driverError !== undefined && isDatabaseUnavailable(failure.driverError))
  );
}

/**
 * PostgreSQL SQLSTATEs of work given up under the service's database limits: a statement past statement_timeout
 * (57014), a lock not granted within lock_timeout (55P03), a transaction left idle too long (25P03).
 */
const TIMED_OUT_STATES = new Set(['57014', '55P03', '25P03']);

/** True when the database was too slow or too busy for the service's limits: SERVICE_UNAVAILABLE, worth retrying. */
export function isDatabaseTimeout(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: unknown } | null | undefined;
  if (!failure || typeof failure !== 'object') return false;
  return (
    (typeof failure.code === 'string' && TIMED_OUT_STATES.has(failure.code)) ||
    (failure.driverError !== undefined && isDatabaseTimeout(failure.driverError))
  );
}

/** True for errors raised on purpose (bad input, missing rights...); anything else is a defect worth logging. */
export function isExpectedError(error: unknown): boolean {
  const original = originalOf(error);
  if (original instanceof DomainError || validationIssues(original)) return true;
  const code = (error as GraphQLError).extensions?.code;
  return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
}

/**
 * Turns any error raised while serving an operation into what a client may see: a stable code and
 * a message a person can act on; never a stack trace or an internal message.
 */
export function toClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  const issues = validationIssues(original);
  if (issues) {
    const fields = flattenIssues(issues);
    const message = `Invalid input: ${fields.map((f) => `${f.field} (${f.messages.join('; ')})`).join(', ')}`;
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
  }
  if (isDatabaseTimeout(original)) {
    return {
      ...base,
      message: 'The service’s database is too busy to answer in time. Please try again shortly.',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The service cannot reach its database right now. Please try again shortly.',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    // An error a subgraph already shaped, passed on by the gateway: keep the details meant for clients.
    const details = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => CLIENT_DETAILS.has(key)),
    );
    return { ...base, extensions: { ...details, code } };
  }
  return {
    ...base,
    message: 'Internal error. Please try again; if it persists, report the request id.',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
