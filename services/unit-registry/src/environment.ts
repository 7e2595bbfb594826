import {
  type AuthSettings,
  authEnvironment,
  authSettings,
  commonEnvironment,
  databaseEnvironment,
  port,
  readEnvironment,
  resolveDatabaseUrl,
  type ServiceBasics,
  serviceBasics,
} from '@cchc/kit';
import { z } from 'zod';

const schema = z.object({
  ...commonEnvironment,
  ...authEnvironment,
  ...databaseEnvironment('UNIT_REGISTRY'),
  PORT: port(4001),
  /** Import the national units (and Kiên Giang's agencies) at start when the database holds none. */
  LOAD_DEMO_DATA: z.stringbool().default(false),
});

export interface UnitRegistryConfig extends ServiceBasics {
  auth: AuthSettings;
  databaseUrl: string;
  loadDemoData: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): UnitRegistryConfig {
  const parsed = readEnvironment(schema, env);
  return {
    ...serviceBasics(parsed),
    auth: authSettings(parsed),
    databaseUrl: resolveDatabaseUrl({
      serviceUrl: parsed.UNIT_REGISTRY_DATABASE_URL,
      serverUrl: parsed.DATABASE_URL,
      database: 'cchc_unit_registry',
    }),
    loadDemoData: parsed.LOAD_DEMO_DATA,
  };
}
