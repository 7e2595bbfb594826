import { runService } from '@cchc/kit';
import { readConfig } from './environment.js';
import { startShellServer } from './server.js';

runService('shell', readConfig, async (config, logger) => {
  const server = await startShellServer({ ...config, log: (message) => logger.warn(message) });
  logger.info({ url: server.url, gateway: config.gatewayUrl }, 'shell serving the frontends');
  return server;
});
