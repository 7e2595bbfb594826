import { createLogger, type Logger } from './logger.js';
import { startTelemetry } from './telemetry.js';

/**
 * A service's whole `main`: read its configuration (any problem ends the process with the list), start
 * tracing when configured, start the service, and on SIGINT/SIGTERM stop it once, flush its spans and exit.
 */
export function runService<C extends { logLevel: string; tracesUrl?: string }>(
  name: string,
  readConfig: () => C,
  start: (config: C, logger: Logger) => Promise<{ stop(): Promise<void> }>,
): void {
  const run = async () => {
    const config = readConfig();
    const logger = createLogger(name, config.logLevel);
    const telemetry = startTelemetry(name, config.tracesUrl);
    if (telemetry) logger.info({ tracesUrl: config.tracesUrl }, 'traces exported over OTLP');
    const service = await start(config, logger);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      const failed = await service
        .stop()
        .then(() => telemetry?.shutdown())
        .then(
          () => false,
          (error) => {
            logger.error({ err: error }, 'error while stopping');
            return true;
          },
        );
      process.exit(failed ? 1 : 0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    // Started by a launcher (npm start) that has gone away: stop rather than run on unattended.
    if (process.send) process.once('disconnect', () => void stop('launcher gone'));
  };
  run().catch((error) => {
    console.error(`${name} could not start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
