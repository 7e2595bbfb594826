import type { Identity } from '@cchc/kit';
import { importJWK, type JWK, SignJWT } from 'jose';

/** Signs the platform's own access tokens (the built-in login's, and those standing in for API tokens). */
export class TokenIssuer {
  private readonly key: ReturnType<typeof importJWK>;

  constructor(
    private readonly privateJwk: JWK,
    private readonly issuer: string,
    private readonly audience: string,
  ) {
    this.key = importJWK(privateJwk, 'ES256');
  }

  async issue(identity: Identity & { name?: string }, ttlSeconds: number): Promise<string> {
    return new SignJWT({
      preferred_username: identity.username,
      name: identity.name,
      roles: identity.roles,
      unit_id: identity.unitId,
    })
      .setProtectedHeader({ alg: 'ES256', kid: this.privateJwk.kid })
      .setSubject(identity.subject)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(await this.key);
  }
}
