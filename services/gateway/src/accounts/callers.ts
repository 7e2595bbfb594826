import type { IncomingMessage } from 'node:http';
import { DomainError, ErrorCode, type Identity, identify, type Verifier } from '@cchc/kit';
import { API_TOKEN_PREFIX, type ApiTokenStore } from './api-tokens.js';
import type { TokenIssuer } from './token-issuer.js';

/** Who is calling, and the Authorization header the subgraphs receive for them. */
export interface Caller {
  identity: Identity | null;
  authorization: string | undefined;
}

/** How long the platform token standing in for an API token lives; the API token is checked on every request. */
const STAND_IN_SECONDS = 300;

/**
 * Resolves a request's caller: a JWT (the built-in login's or an OpenID Connect provider's) is verified and
 * forwarded as is; an API token is looked up (unknown, revoked or expired: UNAUTHENTICATED) and exchanged for
 * a short-lived platform JWT, so that the subgraphs only ever verify JWTs. Ours rather than the runtime's JWT
 * plugin: that one knows nothing of API tokens, and the kit's verifier is the one every subgraph runs too.
 */
export function callerResolver(options: {
  verify: Verifier;
  apiTokens?: ApiTokenStore;
  issuer?: TokenIssuer;
}): (headers: IncomingMessage['headers']) => Promise<Caller> {
  const standIns = new Map<string, { token: string; renewAfter: number }>();
  return async (headers) => {
    const header = headers.authorization;
    const apiToken = header?.startsWith(`Bearer ${API_TOKEN_PREFIX}`) ? header.slice(7) : undefined;
    if (!apiToken) return { identity: await identify(headers, options.verify), authorization: header };
    const identity = options.apiTokens && (await options.apiTokens.identify(apiToken));
    if (!identity || !options.issuer) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This API token is unknown, revoked or expired');
    }
    let standIn = standIns.get(identity.subject);
    if (!standIn || standIn.renewAfter < Date.now()) {
      const token = await options.issuer.issue(identity, STAND_IN_SECONDS);
      standIn = { token, renewAfter: Date.now() + (STAND_IN_SECONDS - 60) * 1000 };
      standIns.set(identity.subject, standIn);
    }
    return { identity, authorization: `Bearer ${standIn.token}` };
  };
}
