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
  ...databaseEnvironment('METRICS'),
  PORT: port(4003),
  /** unit-registry's GraphQL endpoint: the unit tree, levels, lineage, codes. */
  UNIT_REGISTRY_URL: z.string().url().default('http://localhost:4001/graphql'),
  /** Generate the 2019–2021 demo figures of Kiên Giang's units at start when there are none. */
  LOAD_DEMO_DATA: z.stringbool().default(false),
});

export interface MetricsConfig extends ServiceBasics {
  auth: AuthSettings;
  databaseUrl: string;
  unitRegistryUrl: string;
  loadDemoData: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): MetricsConfig {
  const parsed = readEnvironment(schema, env);
  return {
    ...serviceBasics(parsed),
    auth: authSettings(parsed),
    databaseUrl: resolveDatabaseUrl({
      serviceUrl: parsed.METRICS_DATABASE_URL,
      serverUrl: parsed.DATABASE_URL,
      database: 'cchc_e_government_metrics',
    }),
    unitRegistryUrl: parsed.UNIT_REGISTRY_URL,
    loadDemoData: parsed.LOAD_DEMO_DATA,
  };
}
