import { optionalUrl, port, readEnvironment, resolveDatabaseUrl } from '@cchc/kit';
import { embeddedPostgresUrl } from '@cchc/kit/embedded-postgres';
import { z } from 'zod';
import { type DatabaseUrlVariable, serviceDatabases } from './service-databases.js';

const schema = z.object({
  /** The server holding the services' databases; the running `npm start`'s embedded one when absent. */
  DATABASE_URL: optionalUrl,
  ...(Object.fromEntries(serviceDatabases.map((s) => [s.urlVariable, optionalUrl])) as Record<
    DatabaseUrlVariable,
    typeof optionalUrl
  >),
  /** The embedded server's port, as `npm start` was given it. */
  EMBEDDED_PG_PORT: port(54329),
  /** A folder holding pg_dump and pg_restore of the server's major version or newer. */
  PG_BIN_DIR: z.string().optional(),
  /** Set by npm: the folder the command was typed in, against which a relative backup folder is read. */
  INIT_CWD: z.string().optional(),
});

/** One service's database, wherever it is. */
export interface ServiceDatabase {
  service: string;
  url: string;
}

export interface BackupEnvironment {
  databases: ServiceDatabase[];
  pgBinDir?: string;
  workingDirectory: string;
}

export function readBackupEnvironment(env: NodeJS.ProcessEnv = process.env): BackupEnvironment {
  const parsed = readEnvironment(schema, env);
  const serverUrl = parsed.DATABASE_URL ?? embeddedPostgresUrl(parsed.EMBEDDED_PG_PORT);
  return {
    databases: serviceDatabases.map(({ service, database, urlVariable }) => ({
      service,
      url: resolveDatabaseUrl({ serviceUrl: parsed[urlVariable], serverUrl, database }),
    })),
    pgBinDir: parsed.PG_BIN_DIR,
    workingDirectory: parsed.INIT_CWD ?? process.cwd(),
  };
}
