import { createLogger, openDatabase } from '@cchc/kit';
import { entities, migrations } from '../db/schema.js';
import { readConfig } from '../environment.js';
import { importAdminUnits } from './unit-import.js';

/** `npm run import:units`: imports the national units into the configured database and lists unmatched names. */
async function main() {
  const config = readConfig();
  const logger = createLogger('unit-registry-import', 'warn');
  const dataSource = await openDatabase({ url: config.databaseUrl, entities, migrations, logger });
  try {
    const report = await importAdminUnits(dataSource, { onProgress: (message) => console.log(message) });
    for (const u of report.unmatched) {
      const candidates = u.candidates.length ? ` — candidates: ${u.candidates.join('; ')}` : '';
      console.log(
        `  unmatched (${u.reason}) in ${u.successorName} [${u.successorCode}]: "${u.mention}"${candidates}`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(`Import failed, nothing was written: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
