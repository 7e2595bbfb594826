import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwksOf, type Logger, type Route, sendJson } from '@cchc/kit';
import bcrypt from 'bcryptjs';
import type { JWK } from 'jose';
import { z } from 'zod';
import type { TokenIssuer } from './token-issuer.js';
import type { UserStore } from './user-store.js';

export interface LoginSettings {
  privateJwk: JWK;
  issuer: TokenIssuer;
  ttlSeconds: number;
  users: UserStore;
  /** A unit's id from its code and date (through the supergraph), for a UNIT_OFFICER's scope claim. */
  unitId(code: string, asOf: string): Promise<string | null>;
  logger: Logger;
}

const credentials = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

// Compared against when the username is unknown, so that timing does not tell which usernames exist.
const NO_SUCH_USER_HASH = bcrypt.hashSync('no such user', 10);

/**
 * The platform's small built-in login (the demo, or an intranet without an identity provider):
 * POST /auth/token {username, password} → a signed JWT; GET /.well-known/jwks.json for verifiers.
 * Tokens expire after ttlSeconds; to continue, log in again (there are no refresh tokens).
 */
export function loginRoutes(settings: LoginSettings): Route[] {
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
      handle: async (_request: IncomingMessage, response: ServerResponse, body: Buffer) => {
        const parsed = credentials.safeParse(JSON.parse(body.toString('utf8') || '{}'));
        if (!parsed.success) {
          sendJson(response, 400, {
            errors: [
              { message: 'Send JSON {"username", "password"}', extensions: { code: 'BAD_USER_INPUT' } },
            ],
          });
          return;
        }
        const user = await settings.users.find(parsed.data.username);
        const matches = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? NO_SUCH_USER_HASH);
        if (!user || !matches) {
          refuse(response, 'Wrong username or password');
          return;
        }
        const unitId = user.unit ? await settings.unitId(user.unit.code, user.unit.asOf) : null;
        const token = await settings.issuer.issue(
          { subject: user.username, username: user.username, name: user.name, roles: user.roles, unitId },
          settings.ttlSeconds,
        );
        settings.logger.info({ username: user.username }, 'login');
        sendJson(response, 200, {
          access_token: token,
          token_type: 'Bearer',
          expires_in: settings.ttlSeconds,
        });
      },
    },
  ];
}
