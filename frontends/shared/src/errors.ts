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
  readonly isProblem: true;
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

const isProblem = (error: unknown): error is Problem =>
  typeof error === 'object' && error !== null && (error as Problem).isProblem === true;

const problem = (kind: ProblemKind, message: string, fields: Record<string, string> = {}): Problem => ({
  isProblem: true,
  kind,
  fields,
  message,
});

/** Reads any error Apollo Client hands over (or a problem already read) into what the user is told and where. */
export function describeProblem(error: unknown): Problem {
  if (isProblem(error)) return error;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.code ?? '');
    const kind = KIND_OF_CODE[code] ?? 'unexpected';
    const message = first?.message ?? '';
    const fields = kind === 'badInput' ? fieldsOf(first?.extensions, message) : {};
    return problem(kind, message, fields);
  }
  if (ServerError.is(error)) {
    const byCode = KIND_OF_CODE[codeInBody(error) ?? ''];
    return problem(byCode ?? KIND_OF_STATUS[error.statusCode] ?? 'unexpected', error.message);
  }
  // fetch rejects (server down, cable out) with a TypeError before any answer.
  if (error instanceof TypeError) return problem('network', error.message);
  return problem('unexpected', error instanceof Error ? error.message : String(error));
}

/** The same problem, keeping only the fields named (those no form field showed). */
export const withFields = (from: Problem, names: string[]): Problem =>
  problem(from.kind, from.message, Object.fromEntries(names.map((name) => [name, from.fields[name] ?? ''])));

/**
 * The server words its refusals in English for developers; the user reads them through these patterns, each
 * a message key under `common:reasons` (named groups become its values).
 */
const REASONS: [RegExp, string][] = [
  [/needs a team lead .*before approval/, 'leadAndTargetBeforeApproval'],
  [/needs its conclusion .*before it is concluded/, 'conclusionBeforeConcluded'],
  [/cannot go from \w+ to \w+/, 'statusMove'],
  [/no criteria catalog for (?<year>\d+)/, 'noCatalog'],
  [/periodTo must not be before periodFrom/, 'periodOrder'],
  [/is not a unit of the unit registry/, 'unknownUnit'],
  [/A \w+ plan cannot be edited/, 'planLocked'],
  [/The \w+ of a \w+ plan cannot be changed/, 'planStageLocked'],
  [/already has a lead/, 'teamHasLead'],
  [/already a target of the plan/, 'alreadyTarget'],
  [/parent target is not a target/, 'parentNotTarget'],
  [/cannot be dated in the future/, 'reportInFuture'],
  [/already verified|Only a REPORTED action can be verified/, 'actionDone'],
  [/must be longer than or equal to (?<n>\d+) characters/, 'tooShort'],
  [/must be shorter than or equal to (?<n>\d+) characters/, 'tooLong'],
  [/must not be less than (?<n>\d+)/, 'tooSmall'],
  [/must not be greater than (?<n>\d+)/, 'tooLarge'],
];

/** The message key and values for a server's reason, or null for one these patterns do not know. */
export function reasonOf(message: string): { key: string; values: Record<string, string> } | null {
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(message);
    if (match) return { key, values: { ...match.groups } };
  }
  return null;
}
