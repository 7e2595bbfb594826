import { z } from 'zod';
import { commonEnvironment, port, type ServiceBasics, serviceBasics } from './config.js';
import { type DatabaseLimits, databaseEnvironment, databaseLimits, resolveDatabaseUrl } from './database.js';
import { type AuthSettings, authEnvironment, authSettings } from './identity.js';

/** What every subgraph reads from its environment: basics, token verification, its database, demo data. */
export function subgraphEnvironment<P extends string>(prefix: P, defaultPort: number) {
  return {
    ...commonEnvironment,
    ...authEnvironment,
    ...databaseEnvironment(prefix),
    PORT: port(defaultPort),
    /** Load the service's demo data at start when it holds none. */
    LOAD_DEMO_DATA: z.stringbool().default(false),
  };
}

export interface SubgraphConfig extends ServiceBasics {
  auth: AuthSettings;
  databaseUrl: string;
  /** DEFAULT_DATABASE_LIMITS when not given. */
  databaseLimits?: DatabaseLimits;
  loadDemoData: boolean;
}

type ParsedSubgraphEnvironment = z.infer<z.ZodObject<ReturnType<typeof subgraphEnvironment<string>>>>;

/** The shared part of a subgraph's configuration; `serviceUrl` is its own `<PREFIX>_DATABASE_URL`. */
export function subgraphConfig(
  parsed: ParsedSubgraphEnvironment,
  serviceUrl: string | undefined,
  database: string,
): SubgraphConfig {
  return {
    ...serviceBasics(parsed),
    auth: authSettings(parsed),
    databaseUrl: resolveDatabaseUrl({ serviceUrl, serverUrl: parsed.DATABASE_URL, database }),
    databaseLimits: databaseLimits(parsed),
    loadDemoData: parsed.LOAD_DEMO_DATA,
  };
}
