import type { IncomingMessage } from 'node:http';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { z } from 'zod';
import { DomainError, ErrorCode } from './errors.js';

/** Who may do what; UNIT_OFFICER is scoped to one unit and what is under it. */
export enum Role {
  ADMIN = 'ADMIN',
  INSPECTOR = 'INSPECTOR',
  UNIT_OFFICER = 'UNIT_OFFICER',
  ANALYST = 'ANALYST',
  PARTNER = 'PARTNER',
}

export interface Identity {
  subject: string;
  username: string;
  roles: Role[];
  /** The unit a UNIT_OFFICER acts for. */
  unitId: string | null;
}

export interface AuthSettings {
  issuer: string;
  audience: string;
  /** The public keys (the platform's own login), or the JWKS URL of an OpenID Connect provider. */
  keys: JSONWebKeySet | URL;
  /** Where the provider puts roles and the unit (claim mapping for an external provider). */
  rolesClaim: string;
  unitClaim: string;
  /** The longest a token may be valid for (`exp` − `iat`, or `exp` − now); 24 h when not given. */
  maxTokenLifetimeSeconds?: number;
}

/** The variables every service reads to verify callers (the gateway's own login or an OIDC provider). */
export const authEnvironment = {
  AUTH_ISSUER: z.string().default('cchc-platform'),
  AUTH_AUDIENCE: z.string().default('cchc-api'),
  /** The platform login's public keys, as a JWKS document (JSON). */
  AUTH_JWKS: z.string().optional(),
  /** Or an OpenID Connect provider's JWKS URL (e.g. Keycloak's …/protocol/openid-connect/certs). */
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ROLES_CLAIM: z.string().default('roles'),
  AUTH_UNIT_CLAIM: z.string().default('unit_id'),
  /** Tokens valid for longer are refused: a stolen token must not work for ever. */
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 3600),
};

export function authSettings(parsed: {
  AUTH_ISSUER: string;
  AUTH_AUDIENCE: string;
  AUTH_JWKS?: string | undefined;
  AUTH_JWKS_URL?: string | undefined;
  AUTH_ROLES_CLAIM: string;
  AUTH_UNIT_CLAIM: string;
  AUTH_MAX_TOKEN_LIFETIME_SECONDS?: number;
}): AuthSettings {
  if (!parsed.AUTH_JWKS && !parsed.AUTH_JWKS_URL) {
    throw new Error('Set AUTH_JWKS (the platform login) or AUTH_JWKS_URL (an OpenID Connect provider)');
  }
  return {
    issuer: parsed.AUTH_ISSUER,
    audience: parsed.AUTH_AUDIENCE,
    keys: parsed.AUTH_JWKS_URL
      ? new URL(parsed.AUTH_JWKS_URL)
      : (JSON.parse(parsed.AUTH_JWKS!) as JSONWebKeySet),
    rolesClaim: parsed.AUTH_ROLES_CLAIM,
    unitClaim: parsed.AUTH_UNIT_CLAIM,
    maxTokenLifetimeSeconds: parsed.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
  };
}

const ROLES = new Set<string>(Object.values(Role));
const unauthenticated = (why: string) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, `${why}; log in again (POST /auth/token) or send a valid token`);

export type Verifier = (token: string) => Promise<Identity>;

/** How long a verified token is trusted without checking its signature again (never past its expiry). */
const VERIFIED_FOR_MS = 60_000;
/** Verified tokens remembered at most (the callers of a busy minute). */
const VERIFIED_KEPT = 10_000;
const DEFAULT_MAX_LIFETIME_SECONDS = 24 * 3600;

/**
 * Why a verified token's validity period is refused, if it is: without `exp` it would work for ever; one valid
 * for longer than `maxSeconds` (from its `iat`, or from now when it has none or one in the future) outlives what
 * a leak may cost.
 */
export function lifetimeProblem(
  payload: { exp?: number; iat?: number },
  maxSeconds: number,
  nowSeconds: number,
): string | null {
  if (payload.exp === undefined) return 'The token has no expiry (exp)';
  const from = Math.min(payload.iat ?? nowSeconds, nowSeconds);
  if (payload.exp - from > maxSeconds) return `The token is valid for longer than ${maxSeconds} s`;
  return null;
}

/**
 * Verifies a bearer token's signature, issuer, audience, expiry and lifetime, and reads the identity from its claims.
 * A token verified once is trusted for a minute (or until it expires, if sooner): every request of a screen or a
 * BI tool carries the same token, and its signature check is most of what verification costs.
 */
export function createVerifier(settings: AuthSettings): Verifier {
  const keys =
    settings.keys instanceof URL ? createRemoteJWKSet(settings.keys) : createLocalJWKSet(settings.keys);
  const maxLifetime = settings.maxTokenLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  const verified = new Map<string, { identity: Identity; until: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known && known.until > Date.now()) return known.identity;
    let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
      }));
    } catch {
      throw unauthenticated('The token is invalid or expired');
    }
    const problem = lifetimeProblem(payload, maxLifetime, Math.floor(Date.now() / 1000));
    if (problem) throw unauthenticated(problem);
    const roles = [payload[settings.rolesClaim]]
      .flat()
      .filter((r): r is Role => typeof r === 'string' && ROLES.has(r));
    const unit = payload[settings.unitClaim];
    const identity: Identity = {
      subject: String(payload.sub),
      username: String(payload.preferred_username ?? payload.sub),
      roles,
      unitId: typeof unit === 'string' ? unit : null,
    };
    if (verified.size >= VERIFIED_KEPT) verified.clear();
    verified.set(token, { identity, until: Math.min(Date.now() + VERIFIED_FOR_MS, payload.exp! * 1000) });
    return identity;
  };
}

/** The caller of a request: none without an Authorization header; UNAUTHENTICATED for a bad one. */
export async function identify(
  headers: IncomingMessage['headers'],
  verify: Verifier,
): Promise<Identity | null> {
  const header = headers.authorization;
  if (!header) return null;
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  return verify(match[1]!);
}

/**
 * Checks a caller against the roles an operation allows (empty: any authenticated caller): no caller is
 * UNAUTHENTICATED, a caller without one of the roles FORBIDDEN.
 */
export function assertAllowed(identity: Identity | null, roles: readonly Role[], what: string): Identity {
  if (!identity) throw unauthenticated(`${what} needs a logged-in user`);
  if (roles.length > 0 && !identity.roles.some((role) => roles.includes(role))) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `${what} is not allowed for ${identity.roles.join(', ') || 'a user without roles'}`,
    );
  }
  return identity;
}

/** Where the unit tree comes from (@cchc/unit-registry-client's UnitRegistryClient): every unit ever under the given ones. */
export interface UnitTree {
  descendantsOf(unitIds: string[], asOf: string | undefined): Promise<string[]>;
}

/** The units a caller may see: a UNIT_OFFICER's unit and everything under it; undefined for the other roles (all). */
export async function unitScope(identity: Identity | null, tree: UnitTree): Promise<string[] | undefined> {
  if (!identity?.roles.includes(Role.UNIT_OFFICER) || identity.roles.includes(Role.ADMIN)) return undefined;
  if (!identity.unitId) return [];
  return [identity.unitId, ...(await tree.descendantsOf([identity.unitId], undefined))];
}

/**
 * A PARTNER (another agency) reads only what is published to partners — findings of concluded plans, approved
 * figures — unless it also holds a role that reads more.
 */
export function readsPublishedOnly(identity: Identity | null | undefined): boolean {
  return !!identity?.roles.includes(Role.PARTNER) && identity.roles.every((role) => role === Role.PARTNER);
}

/** Who calls a service: the services check it inside the write's transaction, whoever calls them; reads apply its scope. */
export interface Caller {
  /** Recorded in audit logs and revisions (`anonymous` without a login). */
  username: string;
  roles: readonly Role[];
  /** A unit officer's unit and the units under it; undefined for every other role (all units). */
  unitScope(): Promise<string[] | undefined>;
  /** A partner agency: reads what is published to partners only (findings of concluded plans, approved figures). */
  publishedOnly: boolean;
}

/** The caller of one request; its unit scope is asked of the registry once, when first needed. */
export function callerOf(identity: Identity | null | undefined, tree: UnitTree): Caller {
  let scope: Promise<string[] | undefined> | undefined;
  return {
    username: identity?.username ?? 'anonymous',
    roles: identity?.roles ?? [],
    publishedOnly: readsPublishedOnly(identity),
    unitScope: () => {
      scope ??= unitScope(identity ?? null, tree);
      return scope;
    },
  };
}

/** A UNIT_OFFICER acts on, and reads, only its unit and the units under it (any other role passes). */
export async function assertActsFor(caller: Caller, unitIds: Iterable<string>): Promise<void> {
  const scope = await caller.unitScope();
  if (!scope) return;
  for (const unitId of unitIds) {
    if (!scope.includes(unitId)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'This unit is outside your unit and the units under it');
    }
  }
}
