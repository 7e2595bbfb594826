import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { assertAllowed, createVerifier, identify, Role } from './identity.js';
import { jwksOf, newSigningKey } from './signing-key.js';

/** A stand-in OpenID Connect provider: its own key set, served as a JWKS over HTTP like Keycloak's certs URL. */
let provider: { url: URL; sign: (claims: Record<string, unknown>) => Promise<string>; close: () => void };

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'provider-key', alg: 'RS256' }] };
  const server = createServer((_req, res) => res.end(JSON.stringify(jwks)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider = {
    url: new URL(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/cchc/protocol/openid-connect/certs`,
    ),
    sign: (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'provider-key' })
        .setIssuer('https://sso.example.gov.vn/realms/cchc')
        .setAudience('cchc-api')
        .setSubject('user-42')
        .setExpirationTime('5m')
        .sign(privateKey),
    close: () => server.close(),
  };
});
afterAll(() => provider?.close());

/** A verifier of the platform's own tokens (issuer, audience and claims as the built-in login signs them). */
const settingsOf = (key: Awaited<ReturnType<typeof newSigningKey>>) => ({
  issuer: 'cchc-platform',
  audience: 'cchc-api',
  keys: jwksOf(key),
  rolesClaim: 'roles',
  unitClaim: 'unit_id',
});
const platformVerifier = (key: Awaited<ReturnType<typeof newSigningKey>>) => createVerifier(settingsOf(key));

describe('verifying callers', () => {
  it("accepts an OpenID Connect provider's token through its JWKS URL, mapping its claims", async () => {
    const verify = createVerifier({
      issuer: 'https://sso.example.gov.vn/realms/cchc',
      audience: 'cchc-api',
      keys: provider.url,
      rolesClaim: 'cchc_roles',
      unitClaim: 'cchc_unit',
    });
    const token = await provider.sign({
      preferred_username: 'nguyenvana',
      cchc_roles: ['INSPECTOR', 'unknown'],
      cchc_unit: null,
    });
    expect(await verify(token)).toEqual({
      subject: 'user-42',
      username: 'nguyenvana',
      roles: [Role.INSPECTOR],
      unitId: null,
    });
  });

  it('refuses a token signed by another key, for another issuer, or expired — as UNAUTHENTICATED', async () => {
    const key = await newSigningKey();
    const verify = platformVerifier(key);
    const forged = await provider.sign({ roles: ['ADMIN'] });
    await expect(verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(identify({ authorization: 'Basic YWRtaW46ZGVtbw==' }, verify)).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(await identify({}, verify)).toBeNull();
  });

  it('trusts a verified token again without its signature check, but never past its expiry', async () => {
    const key = await newSigningKey();
    const verify = platformVerifier(key);
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setIssuer('cchc-platform')
      .setAudience('cchc-api')
      .setSubject('bi-tool')
      .setExpirationTime(expiresAt)
      .sign(await importJWK(key, 'ES256'));
    const identity = { subject: 'bi-tool', username: 'bi-tool', roles: [Role.ANALYST], unitId: null };
    expect(await verify(token)).toEqual(identity);
    expect(await verify(token)).toEqual(identity);
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 100));
    await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a validly signed token without exp, or valid for longer than the maximum lifetime', async () => {
    const key = await newSigningKey();
    const verify = createVerifier({ ...settingsOf(key), maxTokenLifetimeSeconds: 3600 });
    const now = Math.floor(Date.now() / 1000);
    const signed = async (times: { iat?: number; exp?: number }) => {
      const jwt = new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid })
        .setIssuer('cchc-platform')
        .setAudience('cchc-api')
        .setSubject('admin');
      if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
      if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
      return jwt.sign(await importJWK(key, 'ES256'));
    };
    const refused = { code: 'UNAUTHENTICATED' };
    await expect(verify(await signed({}))).rejects.toMatchObject(refused);
    await expect(verify(await signed({ iat: now }))).rejects.toMatchObject(refused);
    // Issued an hour and a minute before it expires: over the one-hour maximum, even though it is still fresh.
    await expect(verify(await signed({ iat: now, exp: now + 3660 }))).rejects.toMatchObject(refused);
    // No iat: the time left counts (61 minutes), so is an iat in the future (it would stretch the lifetime).
    await expect(verify(await signed({ exp: now + 3660 }))).rejects.toMatchObject(refused);
    await expect(verify(await signed({ iat: now + 600, exp: now + 4200 }))).rejects.toMatchObject(refused);
    expect((await verify(await signed({ iat: now - 60, exp: now + 3500 }))).subject).toBe('admin');
    expect((await verify(await signed({ exp: now + 600 }))).subject).toBe('admin');
  });

  it('takes 24 hours as the maximum lifetime unless told otherwise', async () => {
    const key = await newSigningKey();
    const verify = platformVerifier(key);
    const now = Math.floor(Date.now() / 1000);
    const privateKey = await importJWK(key, 'ES256');
    const sign = (lifetime: number) =>
      new SignJWT({ roles: ['ANALYST'] })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid })
        .setIssuer('cchc-platform')
        .setAudience('cchc-api')
        .setSubject('bi-tool')
        .setIssuedAt(now)
        .setExpirationTime(now + lifetime)
        .sign(privateKey);
    expect((await verify(await sign(24 * 3600))).subject).toBe('bi-tool');
    await expect(verify(await sign(24 * 3600 + 1))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets a role through only where the operation allows it', () => {
    const analyst = { subject: 'a', username: 'phantich', roles: [Role.ANALYST], unitId: null };
    expect(() => assertAllowed(null, [], 'Query.findings')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => assertAllowed(analyst, [Role.ADMIN], 'Mutation.lockMonth')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(assertAllowed(analyst, [Role.ADMIN, Role.ANALYST], 'Query.findings')).toBe(analyst);
    expect(assertAllowed(analyst, [], 'Query.indicatorCatalog')).toBe(analyst);
  });
});
