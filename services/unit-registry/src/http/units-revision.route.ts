import { type Route, sendJson } from '@cchc/kit';
import { z } from 'zod';
import type { UnitsRevision } from '../db/units-revision.js';

const DEFAULT_WAIT_SECONDS = 25;

const revisionQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,15}$/, 'a revision number')
    .transform(Number)
    .optional(),
  waitSeconds: z
    .string()
    .regex(/^\d{1,2}$/, 'whole seconds')
    .transform(Number)
    .pipe(z.number().max(30, 'at most 30'))
    .optional(),
});

/**
 * `GET /units/revision?after=N&waitSeconds=S`: a long poll for caches of the registry's answers (the gateway's).
 * Answers `{ "revision": R }` at once without `after` or when R ≠ N, else when the units change or after S
 * seconds (25 by default, at most 30).
 */
export function unitsRevisionRoute(revision: UnitsRevision): Route {
  return {
    method: 'GET',
    path: '/units/revision',
    handle: async (request, response) => {
      response.setHeader('cache-control', 'no-store');
      const search = new URL(request.url ?? '/', 'http://localhost').searchParams;
      const query = revisionQuery.safeParse(Object.fromEntries(search));
      if (!query.success) {
        const message = query.error.issues
          .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
          .join('; ');
        sendJson(response, 400, { error: { code: 'BAD_USER_INPUT', message } });
        return;
      }
      const { after, waitSeconds = DEFAULT_WAIT_SECONDS } = query.data;
      const answer =
        after === undefined
          ? await revision.current()
          : await revision.changedAfter(after, waitSeconds * 1000);
      // Stopping: a kept-alive connection would hold the closing server open until it times out.
      if (revision.closed) response.setHeader('connection', 'close');
      sendJson(response, 200, { revision: answer });
    },
  };
}
