import fastifyHttpProxy from '@fastify/http-proxy';
import type { FastifyPluginAsync } from 'fastify';

/** What the browser sends to the gateway through this server, so that it talks to one origin only. */
export const GATEWAY_PATHS = ['/graphql', '/auth/', '/.well-known/', '/export/', '/reports/'];

const UNREACHABLE = {
  errors: [{ message: 'The gateway cannot be reached', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
};

export interface GatewayProxyOptions {
  gatewayUrl: string;
  log?: (message: string) => void;
}

/**
 * Passes the gateway's paths through as they are, bodies streamed both ways (an export can be large), with the
 * caller's address and host; the gateway down is a 502 in the GraphQL error shape the frontends read.
 */
export const gatewayProxy: FastifyPluginAsync<GatewayProxyOptions> = async (app, { gatewayUrl, log }) => {
  await app.register(fastifyHttpProxy, {
    upstream: gatewayUrl,
    // `/auth/` covers everything under it; `/graphql` is that path alone.
    routes: GATEWAY_PATHS.map((path) => (path.endsWith('/') ? `${path}*` : path)),
    disableRequestLogging: true,
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => ({
        ...headers,
        // Appended, as every proxy does: behind an ingress the caller is the ingress, and the gateway's rate limits
        // must count the address the ingress was called from (its TRUSTED_PROXIES decides how far to believe it).
        'x-forwarded-for': [request.headers['x-forwarded-for'], request.socket.remoteAddress]
          .flat()
          .filter(Boolean)
          .join(', '),
        'x-forwarded-host': request.headers.host ?? '',
      }),
      // The gateway's 503 goes to the browser at once, as it was said (reply-from would retry a GET).
      retryDelay: () => null,
      onError: (reply, { error }) => {
        log?.(`the gateway cannot be reached: ${error.message}`);
        void reply.code(502).send(UNREACHABLE);
      },
    },
  });
};
