import { createBackup } from './backup.js';
import { folderArgument, runCommand } from './cli.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;

/** `npm run db:backup [folder]`: every service's database into the folder, `.data/backups/<time>` by default. */
runCommand(async (environment) => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = process.argv[2]
    ? folderArgument(environment, process.argv[2])
    : `${repoRoot}.data/backups/${stamp}`;
  console.log(`Backing up into ${folder}`);
  await createBackup({
    folder,
    databases: environment.databases,
    pgBinDir: environment.pgBinDir,
    log: console.log,
  });
});
