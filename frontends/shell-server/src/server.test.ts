// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ShellServer, startShellServer } from './server.js';

/**
 * The bytes as sent (fetch would unzip them, and adds `cache-control: no-cache` to a conditional request, which
 * asks the server not to answer 304).
 */
const rawGet = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status?: number; encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          encoding: response.headers['content-encoding'],
          vary: response.headers.vary,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });

/** A promise settled from outside: one side of a stream waits for the other to have seen a part. */
function signal() {
  let done!: () => void;
  const reached = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { reached, done };
}

const PART = 'x'.repeat(64 * 1024);

/** Starts a server on a free loopback port and gives that port. */
const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

describe('the shell server', () => {
  let dir: string;
  let gateway: Server;
  let shell: ShellServer;
  const seen: { method?: string; url?: string; authorization?: string }[] = [];
  const forwarded: { for?: string; host?: string }[] = [];
  const gatewayHasFirstPart = signal();
  const callerHasFirstPart = signal();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'frontends-'));
    const put = async (path: string, content: string) => {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    };
    await put('root-config/dist/web/index.html', '<html>shell</html>');
    await put('shared-deps/dist/web/react.js', 'export default "react";'.repeat(50));
    await put('shared-deps/dist/web/chunks/client-AbCd1234.js', 'export const x = 1;');
    await put('planning/dist/planning.js', 'export const mount = 1;');
    await put('secret.txt', 'not served');
    gateway = createServer((request, response) => {
      if (request.url === '/export/upload') {
        // Counts what arrives, telling the caller once the first part is here.
        let received = 0;
        request.on('data', (chunk: Buffer) => {
          received += chunk.length;
          gatewayHasFirstPart.done();
        });
        request.on('end', () => response.writeHead(200).end(String(received)));
        return;
      }
      if (request.url === '/export/download') {
        // Sends the second part only once the caller has the first.
        response.writeHead(200, { 'content-type': 'text/csv' }).write(PART);
        void callerHasFirstPart.reached.then(() => response.end(PART));
        return;
      }
      seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization });
      forwarded.push({
        for: request.headers['x-forwarded-for'] as string | undefined,
        host: request.headers['x-forwarded-host'] as string | undefined,
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}');
    });
    const gatewayUrl = `http://127.0.0.1:${await listen(gateway)}`;
    shell = await startShellServer({ host: '127.0.0.1', port: 0, gatewayUrl, frontendsDir: dir });
  });

  afterAll(async () => {
    await shell.stop();
    gateway.close();
    await rm(dir, { recursive: true });
  });

  it('serves each frontend at its import-map URL, gzipped, caching hashed chunks for good', async () => {
    const react = await fetch(`${shell.url}/shared-deps/react.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(react.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(react.headers.get('cache-control')).toBe('no-cache');
    expect(await react.text()).toContain('export default "react"');
    const raw = await rawGet(`${shell.url}/shared-deps/react.js`);
    expect(raw.encoding).toBe('gzip');
    expect(raw.vary).toBe('accept-encoding');
    expect(gunzipSync(raw.body).toString()).toContain('export default "react"');
    const chunk = await fetch(`${shell.url}/shared-deps/chunks/client-AbCd1234.js`);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await (await fetch(`${shell.url}/apps/planning/planning.js`)).text()).toBe(
      'export const mount = 1;',
    );
  });

  it("answers the shell's routes with index.html, a missing script with 404, and nothing outside the builds", async () => {
    const page = await fetch(`${shell.url}/planning/plans/1`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toBe('<html>shell</html>');
    // The root is the shell's page for any client (a link checker, curl), not only for browsers.
    expect(await (await fetch(`${shell.url}/`)).text()).toBe('<html>shell</html>');
    expect((await fetch(`${shell.url}/apps/planning/missing.js`)).status).toBe(404);
    expect((await fetch(`${shell.url}/apps/planning/..%2F..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${shell.url}/planning`, { method: 'POST' })).status).toBe(405);
  });

  it('revalidates with ETags, answers HEAD without a body, and tells browsers not to sniff', async () => {
    const url = `${shell.url}/apps/planning/planning.js`;
    const first = await fetch(url);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?".+"$/);
    expect((await rawGet(url, { 'if-none-match': etag! })).status).toBe(304);
    const head = await fetch(url, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('export const mount = 1;'.length));
    expect(await head.text()).toBe('');
  });

  it("passes the gateway's paths through with the caller's headers", async () => {
    const answer = await fetch(`${shell.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await answer.json()).toEqual({ data: {} });
    await fetch(`${shell.url}/auth/token`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(seen).toEqual([
      { method: 'POST', url: '/graphql', authorization: 'Bearer t' },
      { method: 'POST', url: '/auth/token', authorization: undefined },
    ]);
    expect(forwarded).toEqual([
      { for: '127.0.0.1', host: new URL(shell.url).host },
      // Behind an ingress: the address it was called from comes first, then the ingress itself.
      { for: '203.0.113.7, 127.0.0.1', host: new URL(shell.url).host },
    ]);
  });

  // A proxy that held a body until its end would wait here for good: each side sends its second part only once
  // the other has the first.
  it('streams a body to the gateway without waiting for its end', { timeout: 10_000 }, async () => {
    const body = new ReadableStream({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(PART));
        await gatewayHasFirstPart.reached;
        controller.enqueue(new TextEncoder().encode(PART));
        controller.close();
      },
    });
    const answer = await fetch(`${shell.url}/export/upload`, {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await answer.text()).toBe(String(2 * PART.length));
  });

  it("streams the gateway's answer (an export) without waiting for its end", {
    timeout: 10_000,
  }, async () => {
    const answer = await fetch(`${shell.url}/export/download`);
    const reader = answer.body!.getReader();
    let received = (await reader.read()).value?.length ?? 0;
    callerHasFirstPart.done();
    for (let part = await reader.read(); !part.done; part = await reader.read())
      received += part.value.length;
    expect(received).toBe(2 * PART.length);
  });

  it('answers 502 in the GraphQL error shape when the gateway cannot be reached', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const logged: string[] = [];
    const orphan = await startShellServer({
      host: '127.0.0.1',
      port: 0,
      gatewayUrl: `http://127.0.0.1:${port}`,
      frontendsDir: dir,
      log: (message) => logged.push(message),
    });
    try {
      const answer = await fetch(`${orphan.url}/graphql`, { method: 'POST', body: '{}' });
      expect(answer.status).toBe(502);
      expect(await answer.json()).toEqual({
        errors: [{ message: 'The gateway cannot be reached', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      expect(logged).toEqual([expect.stringContaining('the gateway cannot be reached')]);
    } finally {
      await orphan.stop();
    }
  });
});
