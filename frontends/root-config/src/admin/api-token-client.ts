import { type ProblemKind, type Role, session } from '@cchc/web-shared';

/** The roles an API token may carry (the gateway refuses the others). */
export const API_TOKEN_ROLES = ['ANALYST', 'PARTNER', 'UNIT_OFFICER'] as const satisfies Role[];
export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number];

/** A token as the gateway lists it: never its secret. Times are ISO timestamps. */
export interface ApiTokenRecord {
  id: string;
  name: string;
  roles: Role[];
  unitId: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface NewApiToken {
  name: string;
  roles: ApiTokenRole[];
  unitId: string | null;
  expiresInDays: number | null;
}

/** The gateway's refusal, read into what the user is told: the fields it named (`name`, `unitId`…) or a kind. */
export class ApiTokenRefusal extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
}

const KIND_OF_STATUS: Record<number, ProblemKind> = {
  400: 'badInput',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'notFound',
  429: 'rateLimited',
  // The shell's server answers 502 when the gateway is down: for the user, the server cannot be reached.
  502: 'network',
  503: 'network',
  504: 'network',
};

/** What an answer that is not a success means; `zod`'s `roles.0` names the `roles` field. */
export function refusalOf(status: number, body: unknown): ApiTokenRefusal {
  const first = (body as ErrorBody | null)?.errors?.[0];
  const kind = KIND_OF_STATUS[status] ?? 'unexpected';
  const field = kind === 'badInput' ? (first?.extensions?.field?.split('.')[0] ?? null) : null;
  return new ApiTokenRefusal(kind, field, first?.message ?? `HTTP ${status}`);
}

/** One call to the gateway's `/auth/api-tokens…` as the logged-in admin; a 401 ends the session, as GraphQL's do. */
async function call<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${session.getState().token ?? ''}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiTokenRefusal('network', null, error instanceof Error ? error.message : String(error));
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return answer as T;
  if (response.status === 401) session.expire();
  throw refusalOf(response.status, answer);
}

export const listApiTokens = () => call<ApiTokenRecord[]>('/auth/api-tokens');

/** The new token's secret is in this answer only. */
export const createApiToken = (input: NewApiToken) =>
  call<ApiTokenRecord & { token: string }>('/auth/api-tokens', input);

export const revokeApiToken = (id: string) => call<ApiTokenRecord>('/auth/api-tokens/revoke', { id });
