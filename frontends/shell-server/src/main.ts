import { pino } from 'pino';
import { readConfig } from './environment.js';
import { startShellServer } from './server.js';

/** Reads the configuration, serves, and on SIGINT/SIGTERM (or its launcher gone) stops once and exits. */
async function main() {
  const config = readConfig();
  const logger = pino({ name: 'shell', level: config.logLevel, base: { service: 'shell' } });
  const server = await startShellServer({ ...config, log: (message) => logger.warn(message) });
  logger.info({ url: server.url, gateway: config.gatewayUrl }, 'shell serving the frontends');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // Started by a launcher (npm start) that has gone away: stop rather than run on unattended.
  if (process.send) process.once('disconnect', () => stop('launcher gone'));
}

main().catch((error: unknown) => {
  console.error(`shell could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
