import { createLogger, stopOnSignals } from '@cchc/kit';
import { readConfig, startGateway } from './app.js';

async function main() {
  const config = readConfig();
  const logger = createLogger('gateway', config.logLevel);
  const gateway = await startGateway(config, logger);
  stopOnSignals(logger, [gateway.stop]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
