import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

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
