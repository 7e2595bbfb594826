import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { APPLICATIONS, type ServedFrontend, SHARED_DEPS, SHELL, WEB_SHARED } from '../frontends.js';
import { type StaticFile, StaticFiles } from './static-files.js';

/** What the browser sends to the gateway through this server, so that it talks to one origin only. */
export const GATEWAY_PATHS = ['/graphql', '/auth/', '/.well-known/', '/export/', '/reports/'];

export interface ShellServerOptions {
  host: string;
  port: number;
  gatewayUrl: string;
  /** The `frontends/` folder, where each deployable's build lies. */
  frontendsDir: string;
  log?: (message: string) => void;
}

export interface ShellServer {
  url: string;
  stop(): Promise<void>;
}

/** Longest prefix first, so that `/apps/planning/` wins over the shell's `/`. */
const SERVED = [...APPLICATIONS, SHARED_DEPS, WEB_SHARED, SHELL].sort(
  (a, b) => b.urlPrefix.length - a.urlPrefix.length,
);

function send(request: IncomingMessage, response: ServerResponse, file: StaticFile): void {
  const gzipped = file.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.setHeader('content-type', file.contentType);
  response.setHeader('etag', file.etag);
  response.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.setHeader('vary', 'accept-encoding');
  response.setHeader('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === file.etag) {
    response.writeHead(304).end();
    return;
  }
  if (gzipped) response.setHeader('content-encoding', 'gzip');
  const body = gzipped ? file.gzipped! : file.body;
  response.setHeader('content-length', body.length);
  response.writeHead(200).end(request.method === 'HEAD' ? undefined : body);
}

function proxy(request: IncomingMessage, response: ServerResponse, gateway: URL): void {
  const target = new URL(request.url ?? '/', gateway);
  const forward = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = forward(
    target,
    {
      method: request.method,
      headers: {
        ...request.headers,
        host: target.host,
        'x-forwarded-for': request.socket.remoteAddress ?? '',
        'x-forwarded-host': request.headers.host ?? '',
      },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (!response.headersSent) {
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          errors: [{ message: 'The gateway cannot be reached', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
      );
    } else response.destroy();
  });
  request.pipe(upstream);
}

/**
 * Serves the shell, the shared libraries, the shared client module and each application's build at
 * their URLs in the import map, and passes the gateway's paths through.
 */
export async function startShellServer(options: ShellServerOptions): Promise<ShellServer> {
  const gateway = new URL(options.gatewayUrl);
  const files = new StaticFiles();
  const rootOf = (frontend: ServedFrontend) => join(options.frontendsDir, frontend.buildDir);

  const serveStatic = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    const frontend = SERVED.find((candidate) => pathname.startsWith(candidate.urlPrefix))!;
    const file = await files.read(
      rootOf(frontend),
      decodeURIComponent(pathname.slice(frontend.urlPrefix.length)),
    );
    if (file) return send(request, response, file);
    // The shell's routes (/planning/plans/…) are pages: answer them with index.html; a missing script is a 404.
    const page = pathname === '/' || String(request.headers.accept ?? '').includes('text/html');
    if (frontend === SHELL && page) {
      const page = await files.read(rootOf(SHELL), 'index.html');
      if (page) return send(request, response, page);
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  };

  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://shell').pathname;
    if (GATEWAY_PATHS.some((path) => pathname === path || pathname.startsWith(path))) {
      return proxy(request, response, gateway);
    }
    if (pathname === '/healthz' || pathname === '/readyz') {
      return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    }
    serveStatic(request, response, pathname).catch((error: unknown) => {
      options.log?.(`serving ${pathname} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shown}:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
