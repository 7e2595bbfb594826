import type { IncomingMessage } from 'node:http';
import {
  assertAllowed,
  type Caller,
  DomainError,
  ErrorCode,
  type Identity,
  type Route,
  sendJson,
} from '@cchc/kit';
import type { FiguresService } from '../application/figures.service.js';
import { METRICS_ACCESS } from '../graphql/access.js';
import { MAX_FILE_BYTES } from '../import/figures-file.js';

export const IMPORT_PATH = '/imports/monthly-figures';

/** The HTTP status of each refusal the import makes on purpose; anything else is the server's 500. */
const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CONFLICT]: 409,
};

export interface ImportRouteDependencies {
  identify(request: IncomingMessage): Promise<Identity | null>;
  callerOf(identity: Identity): Caller;
  figures: FiguresService;
  today(): string;
}

/**
 * `POST /imports/monthly-figures?period=2021-05-01&fileName=thang-5.xlsx` with the file as the raw body (up to
 * 10 MB, which the 1 MB GraphQL body cannot carry in base64): the same import, roles and scope as the
 * importMonthlyFigures mutation, answering its report as JSON.
 */
export function importRoute(dependencies: ImportRouteDependencies): Route {
  return {
    method: 'POST',
    path: IMPORT_PATH,
    maxBodyBytes: MAX_FILE_BYTES,
    handle: async (request, response, body) => {
      try {
        const identity = assertAllowed(
          await dependencies.identify(request),
          METRICS_ACCESS['Mutation.importMonthlyFigures'],
          'Importing monthly figures',
        );
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        const file = { period: dateOf(query), fileName: required(query, 'fileName'), content: body };
        const caller = dependencies.callerOf(identity);
        const report = await dependencies.figures.importFile(caller, file, dependencies.today());
        sendJson(response, 200, report);
      } catch (error) {
        const status = error instanceof DomainError ? STATUS_OF[error.code] : undefined;
        if (!status || !(error instanceof DomainError)) throw error;
        sendJson(response, status, {
          errors: [{ message: error.message, extensions: { code: error.code } }],
        });
      }
    },
  };
}

/** Any day of the month imported, YYYY-MM-DD, as the mutation's Date argument takes it. */
function dateOf(query: URLSearchParams): string {
  const text = required(query, 'period');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text)
    throw refusal(
      'period',
      `period "${text}" không phải ngày YYYY-MM-DD. period "${text}" is not a date YYYY-MM-DD.`,
    );
  return text;
}

const refusal = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });

function required(query: URLSearchParams, name: string): string {
  const value = query.get(name)?.trim();
  if (!value) throw refusal(name, `Thiếu tham số ${name}. The ${name} parameter is missing.`);
  return value;
}
