import type { Logger } from './logger.js';

/** Runs the stop functions (in reverse start order) on SIGINT/SIGTERM, once, then exits. */
export function stopOnSignals(logger: Logger, stops: (() => Promise<void>)[]): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    let failed = false;
    for (const fn of [...stops].reverse()) {
      await fn().catch((error) => {
        failed = true;
        logger.error({ err: error }, 'error while stopping');
      });
    }
    process.exit(failed ? 1 : 0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
