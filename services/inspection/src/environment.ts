import { readEnvironment, type SubgraphConfig, subgraphConfig, subgraphEnvironment } from '@cchc/kit';
import { z } from 'zod';

/** Every variable the service reads, with its default: the Kubernetes manifests are checked against it. */
export const environmentSchema = z.object({
  ...subgraphEnvironment('INSPECTION', 4002),
  /** unit-registry's GraphQL endpoint: descendants of units, and checks that unit ids exist. */
  UNIT_REGISTRY_URL: z.string().url().default('http://localhost:4001/graphql'),
  /** e-government-metrics' GraphQL endpoint: the indicator readings behind findings, their verdicts, alerts. */
  METRICS_URL: z.string().url().default('http://localhost:4003/graphql'),
  /** A read-only token the demo loader shows metrics to copy the demo findings' indicator readings. */
  DEMO_METRICS_TOKEN: z.string().optional(),
});

/** LOAD_DEMO_DATA loads the 2020 campaign of the seed and the 2021 follow-up plan when there is no plan. */
export interface InspectionConfig extends SubgraphConfig {
  unitRegistryUrl: string;
  metricsUrl: string;
  /** See DEMO_METRICS_TOKEN. */
  demoMetricsToken?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): InspectionConfig {
  const parsed = readEnvironment(environmentSchema, env);
  return {
    ...subgraphConfig(parsed, parsed.INSPECTION_DATABASE_URL, 'cchc_inspection'),
    unitRegistryUrl: parsed.UNIT_REGISTRY_URL,
    metricsUrl: parsed.METRICS_URL,
    demoMetricsToken: parsed.DEMO_METRICS_TOKEN,
  };
}
