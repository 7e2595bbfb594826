import { DomainError, ErrorCode, type Route, sendJson } from '@cchc/kit';
import type { CallerOf } from './accounts/admin-route.js';

/** The figures import's upload route on e-government-metrics, served under the same path here. */
const IMPORT_PATH = '/imports/monthly-figures';
/** The import's own limit (10 MB) with room for a multipart envelope. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024 + 64 * 1024;
/** 20,000 rows are checked and written in one transaction: well past a GraphQL request's timeout. */
const IMPORT_TIMEOUT_MS = 120_000;

const refused = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * POST /imports/monthly-figures: the upload passed on as it came (query and body) to e-government-metrics with
 * the caller's platform token (an API token exchanged as for GraphQL), which checks roles and scope itself.
 */
export function importRoute(callerOf: CallerOf, metricsUrl: () => string | undefined): Route {
  return {
    method: 'POST',
    path: IMPORT_PATH,
    maxBodyBytes: MAX_UPLOAD_BYTES,
    handle: async (request, response, body) => {
      let authorization: string | undefined;
      try {
        ({ authorization } = await callerOf(request));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return sendJson(response, 401, refused(error.code, error.message));
      }
      const base = metricsUrl();
      const search = new URL(request.url ?? '', 'http://gateway').search;
      let answer: Response;
      try {
        if (!base) throw new Error('no e-government-metrics route');
        answer = await fetch(new URL(`${IMPORT_PATH}${search}`, base), {
          method: 'POST',
          headers: {
            'content-type': request.headers['content-type'] ?? 'application/octet-stream',
            ...(authorization ? { authorization } : {}),
          },
          // A copy: fetch takes no Buffer over a possibly shared ArrayBuffer.
          body: new Uint8Array(body),
          signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
        });
      } catch {
        return sendJson(
          response,
          503,
          refused(
            ErrorCode.SERVICE_UNAVAILABLE,
            'e-government-metrics did not answer the import; try again later',
          ),
        );
      }
      response.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json; charset=utf-8',
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    },
  };
}
