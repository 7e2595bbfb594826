import { folderArgument, runCommand } from './cli.js';
import { restoreBackup } from './restore.js';

/** `npm run db:restore <folder>`: replaces every service's database with the backup's, then checks them. */
runCommand(async (environment) => {
  const folder = process.argv[2];
  if (!folder) throw new Error('Usage: npm run db:restore <backup folder>');
  console.log(`Restoring from ${folderArgument(environment, folder)}`);
  await restoreBackup({
    folder: folderArgument(environment, folder),
    databases: environment.databases,
    pgBinDir: environment.pgBinDir,
    log: console.log,
  });
});
