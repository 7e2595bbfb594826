import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  DomainError,
  ErrorCode,
  type Logger,
  type Route,
  type RouteParams,
  sendJson,
  todayInVietnam,
} from '@cchc/kit';
import { STATUS_OF } from '../export.js';
import type { AsCaller, RunGraphql } from '../runtime/endpoint.js';
import { findingsWorkbook } from './findings-workbook.js';
import { noticeDocument } from './notice-document.js';
import { isConcluded, loadNoticeReport, loadPlanReport, type RunQuery } from './report-data.js';
import { reportDocument } from './report-document.js';
import { asciiSlug, bodyName } from './vi-format.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A generated file: its bytes, type, and its name in ASCII and in Vietnamese. */
interface DocumentFile {
  content: Buffer;
  contentType: string;
  asciiName: string;
  name: string;
}

interface DocumentSpec {
  path: string;
  make(run: RunQuery, params: RouteParams): Promise<DocumentFile>;
}

const SPECS: DocumentSpec[] = [
  {
    path: '/reports/inspection-plans/:planId/report.docx',
    make: async (run, { planId }) => {
      const report = await loadPlanReport(run, planId!);
      const { year } = report.plan;
      const draft = !isConcluded(report.plan);
      return {
        content: await reportDocument(report),
        contentType: DOCX,
        asciiName: `bao-cao-ket-qua-kiem-tra-${year}${draft ? '-du-thao' : ''}.docx`,
        name: `Báo cáo kết quả kiểm tra năm ${year}${draft ? ' (dự thảo)' : ''}.docx`,
      };
    },
  },
  {
    path: '/reports/inspection-plans/:planId/notices/:unitId.docx',
    make: async (run, { planId, unitId }) => {
      const notice = await loadNoticeReport(run, planId!, unitId!);
      const { year } = notice.plan;
      return {
        content: await noticeDocument(notice),
        contentType: DOCX,
        asciiName: `thong-bao-ket-luan-${year}-${asciiSlug(notice.unit.fullName)}.docx`,
        name: `Thông báo kết luận năm ${year} - ${bodyName(notice.unit)}.docx`,
      };
    },
  },
  {
    path: '/reports/inspection-plans/:planId/findings.xlsx',
    make: async (run, { planId }) => {
      const report = await loadPlanReport(run, planId!);
      const { year } = report.plan;
      return {
        content: await findingsWorkbook(report, todayInVietnam()),
        contentType: XLSX,
        asciiName: `ket-qua-kiem-tra-${year}.xlsx`,
        name: `Kết quả kiểm tra năm ${year}.xlsx`,
      };
    },
  },
];

/** RFC 6266: an ASCII name for every client, the Vietnamese one (RFC 5987) for those that read it. */
export function contentDisposition(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.values<string>(ErrorCode).includes(code);

/** The caller's GraphQL as a document needs it: the data, or the first error's code as a DomainError's. */
function dataOf(run: RunGraphql): RunQuery {
  return async <T>(query: string, variables: Record<string, unknown>) => {
    const single = await run(query, variables);
    const error = single.errors?.[0];
    if (!single.data || error) {
      const code = error?.extensions?.code;
      throw new DomainError(
        isErrorCode(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR,
        error?.message ?? 'The document could not be read',
      );
    }
    return single.data as T;
  };
}

/**
 * The documents of an inspection plan, for a logged-in caller: the report of results and a unit's conclusion
 * notice (.docx), and the findings (.xlsx). Their data is read through the gateway's own GraphQL with the
 * caller's context, so every rule of the queries (roles, a unit officer's scope) applies to the documents.
 */
export function reportRoutes(asCaller: AsCaller, logger: Logger): Route[] {
  return SPECS.map((spec) => ({
    method: 'GET' as const,
    path: spec.path,
    handle: async (
      request: IncomingMessage,
      response: ServerResponse,
      _body: Buffer,
      params: RouteParams,
    ) => {
      const requestId = String(response.getHeader('x-request-id') ?? '');
      const log = logger.child({ requestId });
      try {
        const caller = await asCaller(request, requestId);
        if (!caller.identity)
          throw new DomainError(
            ErrorCode.UNAUTHENTICATED,
            'Log in (or send an API token) to download documents',
          );
        for (const [name, value] of Object.entries(params)) {
          if (!UUID.test(value))
            throw new DomainError(ErrorCode.NOT_FOUND, `${name} "${value}" is not an id`, { field: name });
        }
        const started = performance.now();
        const file = await spec.make(dataOf(caller.run), params);
        const ms = Math.round(performance.now() - started);
        log.info({ route: spec.path, params, ms, bytes: file.content.length }, 'document generated');
        response.writeHead(200, {
          'content-type': file.contentType,
          'content-disposition': contentDisposition(file.asciiName, file.name),
          'content-length': file.content.length,
          'cache-control': 'private, no-store',
          'server-timing': `generate;dur=${ms}`,
        });
        response.end(file.content);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const status = STATUS_OF[error.code] ?? 400;
        if (status >= 500) log.error({ err: error, route: spec.path }, 'document failed');
        sendJson(response, status, {
          errors: [{ message: error.message, extensions: { code: error.code, ...error.details, requestId } }],
        });
      }
    },
  }));
}
