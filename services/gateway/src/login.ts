import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwksOf, type Logger, Role, type Route, sendJson } from '@cchc/kit';
import bcrypt from 'bcryptjs';
import { importJWK, type JWK, SignJWT } from 'jose';
import { z } from 'zod';

export const DEMO_USERS_FILE = new URL('../data/demo-users.json', import.meta.url);

const usersFile = z.object({
  users: z.array(
    z.object({
      username: z.string(),
      name: z.string(),
      roles: z.array(z.enum(Role)),
      unit: z.object({ code: z.string(), asOf: z.string() }).nullable(),
      passwordHash: z.string(),
    }),
  ),
});
export type LoginUser = z.infer<typeof usersFile>['users'][number];

export async function readUsers(file: URL = DEMO_USERS_FILE): Promise<LoginUser[]> {
  return usersFile.parse(JSON.parse(await readFile(file, 'utf8'))).users;
}

export interface LoginSettings {
  privateJwk: JWK;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  users: LoginUser[];
  /** A unit's id from its code and date (through the supergraph), for a UNIT_OFFICER's scope claim. */
  unitId(code: string, asOf: string): Promise<string | null>;
  logger: Logger;
}

const credentials = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

/**
 * The platform's small built-in login (the demo, or an intranet without an identity provider):
 * POST /auth/token {username, password} → a signed JWT; GET /.well-known/jwks.json for verifiers.
 * Tokens expire after ttlSeconds; to continue, log in again (there are no refresh tokens).
 */
export function loginRoutes(settings: LoginSettings): Route[] {
  const key = importJWK(settings.privateJwk, 'ES256');
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
        const user = settings.users.find((u) => u.username === parsed.data.username);
        // Compare against a hash even for an unknown user, so that timing does not tell which usernames exist.
        const hash = user?.passwordHash ?? settings.users[0]?.passwordHash ?? '';
        const matches = await bcrypt.compare(parsed.data.password, hash);
        if (!user || !matches) {
          refuse(response, 'Wrong username or password');
          return;
        }
        const unitId = user.unit ? await settings.unitId(user.unit.code, user.unit.asOf) : null;
        const token = await new SignJWT({
          preferred_username: user.username,
          name: user.name,
          roles: user.roles,
          unit_id: unitId,
        })
          .setProtectedHeader({ alg: 'ES256', kid: settings.privateJwk.kid })
          .setSubject(user.username)
          .setIssuer(settings.issuer)
          .setAudience(settings.audience)
          .setIssuedAt()
          .setExpirationTime(`${settings.ttlSeconds}s`)
          .sign(await key);
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
