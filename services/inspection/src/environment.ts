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
  ...databaseEnvironment('INSPECTION'),
  PORT: port(4002),
  /** unit-registry's GraphQL endpoint: descendants of units, and checks that unit ids exist. */
  UNIT_REGISTRY_URL: z.string().url().default('http://localhost:4001/graphql'),
  /** Load the 2020 campaign of the seed (and the 2021 follow-up plan) at start when there is no plan. */
  LOAD_DEMO_DATA: z.stringbool().default(false),
});

export interface InspectionConfig extends ServiceBasics {
  auth: AuthSettings;
  databaseUrl: string;
  unitRegistryUrl: string;
  loadDemoData: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): InspectionConfig {
  const parsed = readEnvironment(schema, env);
  return {
    ...serviceBasics(parsed),
    auth: authSettings(parsed),
    databaseUrl: resolveDatabaseUrl({
      serviceUrl: parsed.INSPECTION_DATABASE_URL,
      serverUrl: parsed.DATABASE_URL,
      database: 'cchc_inspection',
    }),
    unitRegistryUrl: parsed.UNIT_REGISTRY_URL,
    loadDemoData: parsed.LOAD_DEMO_DATA,
  };
}
