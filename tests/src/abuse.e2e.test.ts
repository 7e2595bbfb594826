import { request as httpRequest } from 'node:http';
import type { Gateway } from '@cchc/gateway';
import { jwksOf, newSigningKey } from '@cchc/kit';
import { createTestDatabase, type TestDatabase } from '@cchc/kit/testing';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('e2e_abuse');
});
afterAll(() => platform?.stop());

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { errors?: { extensions: { code: string } }[]; access_token?: string; [key: string]: unknown };
  ms: number;
}

/**
 * A request sent from a loopback address of our choice (127.0.0.2, 127.0.0.3…), so that each scenario is its own
 * client address, as callers on different machines would be.
 */
function send(
  url: string,
  { from, method = 'GET', body, token }: { from: string; method?: string; body?: unknown; token?: string },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method,
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => {
          let parsed: Answer['body'] = {};
          try {
            parsed = JSON.parse(text);
          } catch {
            // A CSV export: its status is what matters here.
          }
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: parsed,
            ms: performance.now() - started,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;
const login = (
  from: string,
  username: string,
  password: string,
  gateway: { url: string } = platform.gateway,
) => send(`${gateway.url}/auth/token`, { from, method: 'POST', body: { username, password } });

describe('failed logins', () => {
  it('slow a username down after 5 failures (429), then lock it (423) until an admin looks', async () => {
    const from = '127.0.0.2';
    for (let i = 0; i < 5; i++) {
      const refused = await login(from, 'sokhdt', 'wrong password');
      expect([refused.status, codeOf(refused)]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const throttled = await login(from, 'sokhdt', 'demo');
    expect([throttled.status, codeOf(throttled), throttled.retryAfter]).toEqual([429, 'RATE_LIMITED', '1']);

    // As if 19 failures had been spread over the last minutes (waiting 1, 2, 4… s up to 60 s takes 10 minutes).
    await platform.gatewayDatabase.query(
      `UPDATE login_failures SET failures = 19, last_failure_at = now() - interval '2 minutes'
       WHERE username = 'sokhdt'`,
    );
    expect((await login(from, 'sokhdt', 'wrong password')).status).toBe(401);
    const locked = await login(from, 'sokhdt', 'demo');
    expect([locked.status, codeOf(locked)]).toEqual([423, 'ACCOUNT_LOCKED']);
    expect(Number(locked.retryAfter)).toBeGreaterThan(14 * 60);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(15 * 60);

    const lockedUsers = await send(`${platform.gateway.url}/auth/users/locked`, {
      from,
      token: platform.adminToken,
    });
    expect(lockedUsers.status).toBe(200);
    expect((lockedUsers.body as unknown as { username: string }[]).map((user) => user.username)).toEqual([
      'sokhdt',
    ]);
    // Not for anyone else to see.
    const analyst = await login('127.0.0.5', 'phantich', 'demo');
    const asAnalyst = await send(`${platform.gateway.url}/auth/users/locked`, {
      from,
      token: analyst.body.access_token,
    });
    expect([asAnalyst.status, codeOf(asAnalyst)]).toEqual([403, 'FORBIDDEN']);

    // Another user at the same address logs in as usual.
    expect((await login(from, 'hondat', 'demo')).status).toBe(200);
  });

  it('leave other callers answered while a flood of bad logins runs, and the flood is cut at 20 checks', async () => {
    const asked = () =>
      send(`${platform.gateway.url}/graphql`, {
        from: '127.0.0.4',
        method: 'POST',
        token: platform.adminToken,
        body: { query: '{ unitByCode(code: "903", asOf: "2020-10-19") { name } }' },
      });
    // Once before the flood: the first answer pays for planning the query, which the flood has nothing to do with.
    expect((await asked()).status).toBe(200);
    const flood = Promise.all(
      Array.from({ length: 60 }, (_, i) => login('127.0.0.3', `guess-${i}`, 'wrong password')),
    );
    for (let i = 0; i < 10; i++) expect((await asked()).status).toBe(200);
    const someoneElse = await login('127.0.0.4', 'thanhtra', 'demo');
    const statuses = (await flood).map((answer) => answer.status);
    expect(someoneElse.status).toBe(200);
    // How much the flood slows them is a figure of `npm run bench` (bench/login-flood.bench.ts), not a bound here.
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40);
  });
});

describe('tokens and limits, on gateways of their own', () => {
  /** A gateway with its own signing key, login and accounts database, allowing 5 requests a minute. */
  let key: JWK;
  let accounts: TestDatabase;
  let ownKey: Gateway;
  /** A gateway verifying the platform's tokens, allowing 5 requests a minute. */
  let platformKey: Gateway;
  const sign = async (lifetimeSeconds: number | null) => {
    const jwt = new SignJWT({ roles: ['ANALYST'] })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid! })
      .setIssuer('cchc-platform')
      .setAudience('cchc-api')
      .setSubject('bi-tool')
      .setIssuedAt();
    if (lifetimeSeconds !== null) jwt.setExpirationTime(`${lifetimeSeconds}s`);
    return jwt.sign(await importJWK(key, 'ES256'));
  };

  beforeAll(async () => {
    key = await newSigningKey();
    accounts = await createTestDatabase('e2e_abuse_accounts');
    ownKey = await platform.anotherGateway({
      AUTH_JWKS: JSON.stringify(jwksOf(key)),
      AUTH_PRIVATE_JWK: JSON.stringify(key),
      GATEWAY_DATABASE_URL: accounts.url,
      DEMO_USERS: 'true',
      RATE_LIMIT_PER_MINUTE: '5',
      LOG_LEVEL: 'silent',
    });
    platformKey = await platform.anotherGateway({ RATE_LIMIT_PER_MINUTE: '5', LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await ownKey?.stop();
    await platformKey?.stop();
    await accounts?.drop();
  });

  const typename = (gateway: Gateway, from: string, token: string) =>
    send(`${gateway.url}/graphql`, { from, method: 'POST', token, body: { query: '{ __typename }' } });

  it('refuse a validly signed token without exp, or one valid for longer than 24 hours', async () => {
    const from = '127.0.1.1';
    for (const token of [await sign(null), await sign(24 * 3600 + 60)]) {
      const answer = await typename(ownKey, from, token);
      expect([answer.status, codeOf(answer)]).toEqual([401, 'UNAUTHENTICATED']);
    }
    expect((await typename(ownKey, from, await sign(300))).status).toBe(200);
  });

  it('count a user at an address on every route, however often they log in again', async () => {
    const from = '127.0.1.2';
    const [first, second] = [await platform.login('phantich'), await platform.login('phantich')];
    expect(first).not.toBe(second);
    for (let i = 0; i < 3; i++) expect((await typename(platformKey, from, first)).status).toBe(200);
    const exported = await send(`${platformKey.url}/export/findings.csv`, { from, token: second });
    expect(exported.status).toBe(200);
    expect((await typename(platformKey, from, second)).status).toBe(200);
    // The sixth request of the minute, with either token and on any route.
    for (const path of ['/graphql', '/export/findings.csv', '/reports/inspection-plans/x/report.docx']) {
      const answer = await send(`${platformKey.url}${path}`, { from, token: first });
      expect([path, answer.status, codeOf(answer)]).toEqual([path, 429, 'RATE_LIMITED']);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    // Another user at the same address, and the same user at another, each have a budget of their own.
    expect((await typename(platformKey, from, platform.adminToken)).status).toBe(200);
    expect((await typename(platformKey, '127.0.1.3', second)).status).toBe(200);
  });

  it('limit /auth/token too', async () => {
    const from = '127.0.1.4';
    for (let i = 0; i < 5; i++) expect((await login(from, 'phantich', 'demo', ownKey)).status).toBe(200);
    const sixth = await login(from, 'phantich', 'demo', ownKey);
    expect([sixth.status, codeOf(sixth)]).toEqual([429, 'RATE_LIMITED']);
  });
});

describe('operation names in /metrics', () => {
  it('keep at most 100 of the names clients choose as labels, the rest counted as other', async () => {
    for (let i = 0; i < 150; i++) {
      const answer = await send(`${platform.gateway.url}/graphql`, {
        from: '127.0.2.1',
        method: 'POST',
        body: { query: `query Probe${i} { __typename }`, operationName: `Probe${i}` },
      });
      expect(answer.status).toBe(200);
    }
    const metrics = await (await fetch(`${platform.gateway.url}/metrics`)).text();
    const operations = new Set(
      metrics
        .split('\n')
        .filter((line) => line.startsWith('graphql_operations_total{'))
        .map((line) => /operation="([^"]*)"/.exec(line)?.[1]),
    );
    expect(operations.has('other')).toBe(true);
    expect(operations.has('Probe149')).toBe(false);
    expect(
      [...operations].filter((name) => name !== 'other' && name !== '(anonymous)').length,
    ).toBeLessThanOrEqual(100);
  });

  it('are served to this host only, not to what a proxy forwards', async () => {
    const forwarded = await fetch(`${platform.gateway.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(forwarded.status).toBe(403);
  });
});
