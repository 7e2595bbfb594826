// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ShellServer, startShellServer } from './server.js';

/** The bytes as sent (fetch would unzip them). */
const rawGet = (url: string) =>
  new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });

describe('the shell server', () => {
  let dir: string;
  let gateway: Server;
  let shell: ShellServer;
  const seen: { method?: string; url?: string; authorization?: string }[] = [];

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
      seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}');
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
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
  });

  it("passes the gateway's paths through with the caller's headers", async () => {
    const answer = await fetch(`${shell.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await answer.json()).toEqual({ data: {} });
    await fetch(`${shell.url}/auth/token`, { method: 'POST', body: '{}' });
    expect(seen).toEqual([
      { method: 'POST', url: '/graphql', authorization: 'Bearer t' },
      { method: 'POST', url: '/auth/token', authorization: undefined },
    ]);
  });
});
