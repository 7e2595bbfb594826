import path from 'node:path';
import { type BackupEnvironment, readBackupEnvironment } from './environment.js';

/** Runs a command with the environment read once; a failure prints its message alone and exits with 1. */
export function runCommand(command: (environment: BackupEnvironment) => Promise<void>): void {
  const started = performance.now();
  Promise.resolve()
    .then(() => command(readBackupEnvironment()))
    .then(() => console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}

/** A folder given on the command line, read from where `npm run` was typed. */
export const folderArgument = (environment: BackupEnvironment, folder: string) =>
  path.resolve(environment.workingDirectory, folder);
