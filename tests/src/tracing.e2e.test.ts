import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTelemetry, type Telemetry } from '@cchc/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

type AttributeValue = { stringValue?: string; intValue?: string | number };

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: AttributeValue }[];
  /** The tracer's name: the service that made the span. */
  scope: string;
}

const attribute = (span: ExportedSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

/** A stand-in OTLP/HTTP collector: keeps every span posted to /v1/traces (JSON). */
const received: ExportedSpan[] = [];
let collector: Server;
let telemetry: Telemetry | undefined;
let platform: TestPlatform;

beforeAll(async () => {
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { scopeSpans: { scope: { name: string }; spans: Omit<ExportedSpan, 'scope'>[] }[] }[];
      };
      if (request.url === '/v1/traces') {
        for (const resource of body.resourceSpans) {
          for (const { scope, spans } of resource.scopeSpans) {
            for (const span of spans) received.push({ ...span, scope: scope.name });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  // Every service of the testkit runs in this process, which has one tracer provider (one resource): each
  // service traces under its own tracer name, so the test tells them apart by the span's scope. Deployed, each
  // service runs alone and its resource's service.name is its own (see the kit's telemetry test).
  telemetry = startTelemetry('cchc-platform', `${endpoint}/v1/traces`);
  platform = await startPlatform('e2e_tracing');
});
afterAll(async () => {
  await platform?.stop();
  collector?.close();
});

const SERVER = 2;
const CLIENT = 3;

describe('OpenTelemetry traces', () => {
  it('follow one query from the gateway to the inspection subgraph and its SQL statements, over OTLP', async () => {
    const requestId = 'tracing-e2e-findings-of-hon-dat';
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${platform.adminToken}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({
        query: '{ unitByCode(code: "903", asOf: "2020-10-19") { id findings { totalCount } } }',
      }),
    });
    const answer = (await response.json()) as {
      data?: { unitByCode: { id: string; findings: { totalCount: number } } };
      errors?: unknown[];
    };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.unitByCode.findings.totalCount).toBeGreaterThan(0);
    await telemetry!.shutdown();

    const gatewayServer = received.find(
      (s) => s.scope === 'gateway' && s.kind === SERVER && attribute(s, 'cchc.request_id') === requestId,
    );
    expect(gatewayServer).toMatchObject({ name: 'POST /graphql' });
    expect(attribute(gatewayServer!, 'http.status_code')).toBe(200);
    const trace = received.filter((s) => s.traceId === gatewayServer!.traceId);
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const ancestors = (span: ExportedSpan) => {
      const chain: ExportedSpan[] = [];
      for (
        let parent = byId.get(span.parentSpanId ?? '');
        parent;
        parent = byId.get(parent.parentSpanId ?? '')
      ) {
        chain.push(parent);
      }
      return chain;
    };

    // The gateway's call to inspection: our client span, within the gateway's server span.
    const subgraphCall = trace.find(
      (s) => s.scope === 'gateway' && s.kind === CLIENT && s.name === 'subgraph inspection',
    );
    expect(subgraphCall).toBeDefined();
    expect(ancestors(subgraphCall!)).toContain(gatewayServer);

    // Inspection continues the trace from the traceparent it was sent, with the same request id.
    const inspectionServer = trace.find((s) => s.scope === 'inspection' && s.kind === SERVER);
    expect(inspectionServer?.parentSpanId).toBe(subgraphCall!.spanId);
    expect(attribute(inspectionServer!, 'cchc.request_id')).toBe(requestId);

    // Its SQL: one client span per statement, the statement text without the values bound to it.
    const sql = trace.filter((s) => s.scope === 'inspection' && attribute(s, 'db.system') === 'postgresql');
    expect(sql.length).toBeGreaterThan(0);
    for (const statement of sql) {
      expect(statement.kind).toBe(CLIENT);
      expect(ancestors(statement)).toContain(inspectionServer);
      expect(attribute(statement, 'db.statement')).not.toContain(answer.data!.unitByCode.id);
    }
    expect(sql.some((s) => String(attribute(s, 'db.statement')).includes('$1'))).toBe(true);

    const byScope = new Map<string, number>();
    for (const span of trace) byScope.set(span.scope, (byScope.get(span.scope) ?? 0) + 1);
    console.log(
      `one query through the gateway: ${trace.length} spans in its trace (${[...byScope].map(([scope, count]) => `${scope} ${count}`).join(', ')})`,
    );
  });
});
