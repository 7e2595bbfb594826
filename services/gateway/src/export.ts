import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, ErrorCode, type Route, sendJson } from '@cchc/kit';
import { type CsvExport, writeCsvExport } from './export/csv-export.js';
import { FINDINGS_EXPORT } from './export/findings-export.js';
import { INDICATOR_FACTS_EXPORT } from './export/indicator-facts-export.js';
import { readExportParameters } from './export-parameters.js';
import type { AsCaller } from './runtime/endpoint.js';

/** The HTTP status of an export or document that GraphQL refused, by the error's code; any other refusal is a bad request. */
export const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};
const statusOf = (code: string) => STATUS_OF[code] ?? 400;

function exportRoute<Result, Row>(spec: CsvExport<Result, Row>, asCaller: AsCaller): Route {
  return {
    method: 'GET',
    path: spec.path,
    handle: async (request: IncomingMessage, response: ServerResponse) => {
      const requestId = String(response.getHeader('x-request-id') ?? '');
      const refuse = (error: DomainError) =>
        sendJson(response, statusOf(error.code), {
          errors: [{ message: error.message, extensions: { code: error.code, ...error.details, requestId } }],
        });
      try {
        const caller = await asCaller(request, requestId);
        // Exports are for logged-in callers (a BI tool sends an API token): none is a 401, not a bad request.
        if (!caller.identity) {
          refuse(new DomainError(ErrorCode.UNAUTHENTICATED, 'Log in (or send an API token) to export'));
          return;
        }
        const url = new URL(request.url ?? '/', 'http://localhost');
        const { variables, format } = readExportParameters(url, spec.parameters);
        await writeCsvExport({ spec, run: caller.run, variables, format, requestId, statusOf, response });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(error);
      }
    },
  };
}

/**
 * CSV exports of the flat BI queries, for Excel: GET /export/findings.csv and /export/indicator-facts.csv take
 * the GraphQL filter's fields as query parameters (lists comma-separated) and run the query through the
 * gateway itself, page by page, so every rule that applies to the query applies to the export.
 */
export function exportRoutes(asCaller: AsCaller): Route[] {
  return [exportRoute(FINDINGS_EXPORT, asCaller), exportRoute(INDICATOR_FACTS_EXPORT, asCaller)];
}
