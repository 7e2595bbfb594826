import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTelemetry, type Telemetry } from '@cchc/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  scope: string;
}

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
      for (const resource of body.resourceSpans) {
        for (const { scope, spans } of resource.scopeSpans) {
          for (const span of spans) received.push({ ...span, scope: scope.name });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  // One tracer provider for this test process, where every service runs; each service traces under its own name.
  telemetry = startTelemetry('cchc-platform', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
  platform = await startPlatform('e2e_tracing');
});
afterAll(async () => {
  await platform?.stop();
  collector?.close();
});

const SERVER = 2;
const CLIENT = 3;

describe('OpenTelemetry traces', () => {
  it('are off unless an OTLP endpoint is configured', () => {
    expect(startTelemetry('unit-registry', {})).toBeUndefined();
  });

  it('follow one query from the gateway to the inspection subgraph and its SQL statements, over OTLP', async () => {
    const answer = await platform.query(
      '{ unitByCode(code: "903", asOf: "2020-10-19") { findings { totalCount } } }',
    );
    expect(answer.errors).toBeUndefined();
    await telemetry!.shutdown();

    const gatewayServer = received.find(
      (s) => s.scope === 'gateway' && s.kind === SERVER && s.name === 'POST /graphql',
    );
    expect(gatewayServer).toBeDefined();
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
    const fetch = trace.find(
      (s) => s.scope === 'gateway' && s.kind === CLIENT && s.name === 'subgraph inspection',
    );
    expect(ancestors(fetch!)).toContain(gatewayServer);
    const inspectionServer = trace.find((s) => s.scope === 'inspection' && s.kind === SERVER);
    expect(inspectionServer?.parentSpanId).toBe(fetch!.spanId);
    const sql = trace.filter((s) => s.scope === 'postgresql' && ancestors(s).includes(inspectionServer!));
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.every((s) => s.kind === CLIENT)).toBe(true);
    console.log(
      `one query through the gateway: ${trace.length} spans in its trace (${sql.length} SQL under inspection)`,
    );
  });
});
