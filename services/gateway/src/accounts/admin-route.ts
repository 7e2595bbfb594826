import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertAllowed, DomainError, ErrorCode, Role, sendJson } from '@cchc/kit';
import type { Caller } from './callers.js';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
};

export type CallerOf = (request: IncomingMessage) => Promise<Caller>;

/**
 * A route handler for admins only, over plain HTTP like the login: the body is a JSON object (or empty), `work`
 * answers a status and a JSON body; domain errors are answered as GraphQL-shaped errors with their HTTP status.
 */
export const adminHandler =
  (
    callerOf: CallerOf,
    what: string,
    work: (admin: string, body: Record<string, unknown>) => Promise<[number, unknown]>,
  ) =>
  async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    try {
      const { identity } = await callerOf(request);
      const admin = assertAllowed(identity, [Role.ADMIN], what);
      const input = body.length > 0 ? (JSON.parse(body.toString('utf8')) as unknown) : {};
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Send a JSON object');
      }
      const [status, answer] = await work(admin.username, input as Record<string, unknown>);
      sendJson(response, status, answer);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      sendJson(response, STATUS[error.code] ?? 400, {
        errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
      });
    }
  };
