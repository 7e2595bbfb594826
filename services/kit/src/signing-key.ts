import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

/** A new ES256 signing key for the built-in login, as a private JWK with a key id. */
export async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' };
}

/** The JWKS document that lets every service verify tokens signed with the key (public half only). */
export function jwksOf(privateJwk: JWK): { keys: JWK[] } {
  const { d: _private, ...publicPart } = privateJwk;
  return { keys: [publicPart] };
}

/**
 * A short-lived read-only (ANALYST) token signed with the platform's key, for a service's own start-up
 * work that reads another service's figures — e.g. inspection's demo loader asking metrics for readings.
 */
export async function readerToken(
  privateJwk: JWK,
  { issuer = 'cchc-platform', audience = 'cchc-api', subject = 'demo-loader', ttlSeconds = 600 } = {},
): Promise<string> {
  return new SignJWT({ preferred_username: subject, roles: ['ANALYST'] })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await importJWK(privateJwk, 'ES256'));
}
