import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** What the screens do about a failed operation, from the platform's stable `extensions.code`. */
export type ProblemKind =
  | 'badInput'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'notFound'
  | 'network'
  | 'unavailable'
  | 'rateLimited'
  | 'unexpected';

export interface Problem {
  kind: ProblemKind;
  /** BAD_USER_INPUT: the server's message for each input field it named (last path segment, e.g. `periodTo`). */
  fields: Record<string, string>;
  /** The server's message, for what has no field to sit next to. */
  message: string;
}

interface FieldIssue {
  field: string;
  messages: string[];
}

const KIND_OF_CODE: Record<string, ProblemKind> = {
  BAD_USER_INPUT: 'badInput',
  GRAPHQL_VALIDATION_FAILED: 'badInput',
  CONFLICT: 'conflict',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'unauthenticated',
  NOT_FOUND: 'notFound',
  SERVICE_UNAVAILABLE: 'unavailable',
  RATE_LIMITED: 'rateLimited',
};

const KIND_OF_STATUS: Record<number, ProblemKind> = {
  401: 'unauthenticated',
  403: 'forbidden',
  429: 'rateLimited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

/** `input.periodTo` and `target.unitId` name the form fields `periodTo` and `unitId`. */
const formField = (path: string) => path.split('.').at(-1) ?? path;

function fieldsOf(extensions: Record<string, unknown> | undefined, message: string): Record<string, string> {
  if (typeof extensions?.field === 'string') return { [formField(extensions.field)]: message };
  if (Array.isArray(extensions?.fields)) {
    return Object.fromEntries(
      (extensions.fields as FieldIssue[]).map((issue) => [formField(issue.field), issue.messages.join('; ')]),
    );
  }
  return {};
}

/** The code a server error's body carries (HTTP 401/403/429 answers come with a GraphQL error too). */
function codeInBody(error: ServerError): string | undefined {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code;
  } catch {
    return undefined;
  }
}

/** Reads any error Apollo Client hands over into what the user is told and where. */
export function describeProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? '');
    const kind = KIND_OF_CODE[code] ?? 'unexpected';
    const message = first?.message ?? '';
    const fields = kind === 'badInput' ? fieldsOf(first?.extensions, message) : {};
    return { kind, fields, message };
  }
  if (ServerError.is(error)) {
    const byCode = KIND_OF_CODE[codeInBody(error) ?? ''];
    return {
      kind: byCode ?? KIND_OF_STATUS[error.statusCode] ?? 'unexpected',
      fields: {},
      message: error.message,
    };
  }
  // fetch rejects (server down, cable out) with a TypeError before any answer.
  if (error instanceof TypeError) return { kind: 'network', fields: {}, message: error.message };
  return { kind: 'unexpected', fields: {}, message: error instanceof Error ? error.message : String(error) };
}
