import type { AddressInfo } from 'node:net';
import { fastify } from 'fastify';
import { frontendFiles } from './frontend-files.js';
import { gatewayProxy } from './gateway-proxy.js';

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

/** Every frontend's build at its URL in the import map, and the gateway's paths passed through: one origin. */
export async function startShellServer(options: ShellServerOptions): Promise<ShellServer> {
  // Stopping ends open connections too, as a long export would otherwise hold the stop.
  const app = fastify({ forceCloseConnections: true });
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if ((error.statusCode ?? 500) >= 500) options.log?.(`serving ${request.url} failed: ${error.message}`);
    return reply.send(error);
  });
  app.get('/healthz', async () => 'ok');
  app.get('/readyz', async () => 'ok');
  await app.register(gatewayProxy, { gatewayUrl: options.gatewayUrl, log: options.log });
  await app.register(frontendFiles, { frontendsDir: options.frontendsDir });
  await app.listen({ host: options.host, port: options.port });
  const { port } = app.server.address() as AddressInfo;
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return { url: `http://${shown}:${port}`, stop: () => app.close() };
}
