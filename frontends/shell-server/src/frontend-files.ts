import { access } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { APPLICATIONS, SHARED_DEPS, SHELL, WEB_SHARED } from './frontends.js';

/** Longest prefix first, so that `/apps/planning/` wins over the shell's `/`. */
const SERVED = [...APPLICATIONS, SHARED_DEPS, WEB_SHARED, SHELL].sort(
  (a, b) => b.urlPrefix.length - a.urlPrefix.length,
);

/** Built names with a content hash (`chunks/client-AbCd1234.js`) never change: cached for good. */
const HASHED = /[/\\](chunks|assets)[/\\].*[-.][A-Za-z0-9_-]{8}\.(js|css)$/;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

function setHeaders(reply: FastifyReply, sentPath: string) {
  // The file sent may be the build's `name.gz`: headers are those of the file asked for.
  const path = sentPath.replace(/\.gz$/, '');
  reply.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
  reply.header('vary', 'accept-encoding');
  reply.header('x-content-type-options', 'nosniff');
}

/**
 * Serves the shell, the shared libraries, the shared client module and each application's build at their URLs in
 * the import map (ETag and 304, gzip); the shell's routes (/planning/plans/…) answer with its index.html.
 */
export const frontendFiles: FastifyPluginAsync<{ frontendsDir: string }> = async (app, { frontendsDir }) => {
  await app.register(fastifyCompress, { encodings: ['gzip'] });
  // RFC 9239's type for JavaScript; send's MIME table still says application/javascript (and @fastify/static sets
  // the type again after setHeaders when it sends a `.gz`).
  app.addHook('onSend', async (request, reply) => {
    if (/\.m?js$/.test(request.url.split('?', 1)[0] ?? ''))
      reply.header('content-type', 'text/javascript; charset=utf-8');
  });
  for (const frontend of SERVED) {
    await app.register(fastifyStatic, {
      root: join(frontendsDir, frontend.buildDir),
      prefix: frontend.urlPrefix,
      // One `reply.sendFile`, rooted at the shell's build, for its index.html below.
      decorateReply: frontend === SHELL,
      cacheControl: false,
      // Each build writes name.gz beside its files (precompressed() in @cchc/shared-deps).
      preCompressed: true,
      setHeaders,
    });
  }
  const shellIndex = join(frontendsDir, SHELL.buildDir, 'index.html');

  app.setNotFoundHandler(async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply.code(405).header('allow', 'GET, HEAD').send();
    }
    const pathname = request.url.split('?', 1)[0] ?? '/';
    const frontend = SERVED.find((candidate) => pathname.startsWith(candidate.urlPrefix));
    // A page of the shell, not a missing script (a 404); the root is a page for any client.
    const page = pathname === '/' || (request.headers.accept ?? '').includes('text/html');
    if (frontend === SHELL && page && (await exists(shellIndex))) return reply.sendFile('index.html');
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });
};
