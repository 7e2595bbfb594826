import {
  type DatabaseLimits,
  type Logger,
  openDatabase,
  resolveDatabaseUrl,
  type ServiceMetrics,
} from '@cchc/kit';
import { CreateAccounts1764300000000 } from './migrations/1764300000000-create-accounts.js';
import { LoginFailures1764400000000 } from './migrations/1764400000000-login-failures.js';

/** Every migration of the accounts database, in order (the round-trip test runs each up, down and up). */
export const accountsMigrations = [CreateAccounts1764300000000, LoginFailures1764400000000];

/** The gateway's own database (login users, API tokens): its own URL, else `cchc_gateway` on the shared server. */
export const accountsDatabaseUrl = (env: { GATEWAY_DATABASE_URL?: string; DATABASE_URL?: string }) =>
  resolveDatabaseUrl({
    serviceUrl: env.GATEWAY_DATABASE_URL,
    serverUrl: env.DATABASE_URL,
    database: 'cchc_gateway',
  });

/** Opens the accounts database, migrated (for the gateway and for the users command alike). */
export const openAccountsDatabase = (
  url: string,
  logger: Logger,
  metrics?: ServiceMetrics,
  limits?: DatabaseLimits,
) => openDatabase({ url, entities: [], migrations: accountsMigrations, logger, metrics, limits });
