import { createLogger, stopOnSignals } from '@cchc/kit';
import { readConfig, startUnitRegistry } from './app.js';

async function main() {
  const config = readConfig();
  const logger = createLogger('unit-registry', config.logLevel);
  const service = await startUnitRegistry(config, logger);
  stopOnSignals(logger, [service.stop]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
