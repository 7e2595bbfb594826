import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ClientAddressOf, jwksOf, type Logger, type Route, sendJson } from '@cchc/kit';
import bcrypt from 'bcryptjs';
import type { JWK } from 'jose';
import { z } from 'zod';
import type { Hold, LoginThrottle } from './login-throttle.js';
import type { PasswordHashing } from './password-hashing.js';
import type { TokenIssuer } from './token-issuer.js';
import type { UserStore } from './user-store.js';

export interface LoginSettings {
  privateJwk: JWK;
  issuer: TokenIssuer;
  ttlSeconds: number;
  users: UserStore;
  passwords: PasswordHashing;
  throttle: LoginThrottle;
  clientAddress: ClientAddressOf;
  /** A unit's id from its code and date (through the supergraph), for a UNIT_OFFICER's scope claim. */
  unitId(code: string, asOf: string): Promise<string | null>;
  logger: Logger;
}

const credentials = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

// Compared against when the username is unknown, so that timing does not tell which usernames exist.
const NO_SUCH_USER_HASH = bcrypt.hashSync('no such user', 10);

const readCredentials = (body: Buffer) => {
  try {
    return credentials.safeParse(JSON.parse(body.toString('utf8') || '{}')).data;
  } catch {
    return undefined;
  }
};

/** 423 while the account is locked, 429 while its caller must wait; both with Retry-After. */
function refuseHeld(response: ServerResponse, hold: Hold): void {
  const locked = hold.kind === 'locked';
  response.setHeader('retry-after', String(hold.retryAfterSeconds));
  sendJson(response, locked ? 423 : 429, {
    errors: [
      {
        message: locked
          ? `This account is locked after repeated failed logins; try again in ${hold.retryAfterSeconds} s or ask an administrator`
          : `Too many failed logins; try again in ${hold.retryAfterSeconds} s`,
        extensions: { code: locked ? 'ACCOUNT_LOCKED' : 'RATE_LIMITED' },
      },
    ],
  });
}

/**
 * The platform's small built-in login (the demo, or an intranet without an identity provider):
 * POST /auth/token {username, password} → a signed JWT; GET /.well-known/jwks.json for verifiers.
 * Tokens expire after ttlSeconds; to continue, log in again (there are no refresh tokens). Failed logins slow
 * the username and the address down, then lock the username (see login-throttle.ts).
 */
export function loginRoutes(settings: LoginSettings): Route[] {
  const { throttle, logger } = settings;
  const refuse = (response: ServerResponse, message: string) =>
    sendJson(response, 401, {
      error: 'invalid_grant',
      errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
    });
  return [
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handle: async (_request, response) => sendJson(response, 200, jwksOf(settings.privateJwk)),
    },
    {
      method: 'POST',
      path: '/auth/token',
      handle: async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
        const given = readCredentials(body);
        if (!given) {
          sendJson(response, 400, {
            errors: [
              { message: 'Send JSON {"username", "password"}', extensions: { code: 'BAD_USER_INPUT' } },
            ],
          });
          return;
        }
        const { username } = given;
        const address = settings.clientAddress(request);
        const hold = await throttle.admit(username, address);
        if (hold) {
          logger.warn({ username, address, ...hold }, 'login refused while held');
          refuseHeld(response, hold);
          return;
        }
        const user = await settings.users.find(username);
        const matches = await settings.passwords.compare(
          given.password,
          user?.passwordHash ?? NO_SUCH_USER_HASH,
        );
        if (!user || !matches) {
          const { failures, locked } = await throttle.failed(username);
          logger.warn({ username, address, failures }, locked ? 'account locked' : 'login failed');
          refuse(response, 'Wrong username or password');
          return;
        }
        await throttle.succeeded(username, address);
        const unitId = user.unit ? await settings.unitId(user.unit.code, user.unit.asOf) : null;
        const token = await settings.issuer.issue(
          { subject: user.username, username: user.username, name: user.name, roles: user.roles, unitId },
          settings.ttlSeconds,
        );
        logger.info({ username: user.username }, 'login');
        sendJson(response, 200, {
          access_token: token,
          token_type: 'Bearer',
          expires_in: settings.ttlSeconds,
        });
      },
    },
  ];
}
