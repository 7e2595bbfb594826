import { readEnvironment, type SubgraphConfig, subgraphConfig, subgraphEnvironment } from '@cchc/kit';
import { z } from 'zod';

/** Every variable the service reads, with its default: the Kubernetes manifests are checked against it. */
export const environmentSchema = z.object({
  ...subgraphEnvironment('METRICS', 4003),
  /** unit-registry's GraphQL endpoint: the unit tree, levels, lineage, codes. */
  UNIT_REGISTRY_URL: z.string().url().default('http://localhost:4001/graphql'),
});

/** LOAD_DEMO_DATA generates the 2019–2021 demo figures of Kiên Giang's units when there are none. */
export interface MetricsConfig extends SubgraphConfig {
  unitRegistryUrl: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): MetricsConfig {
  const parsed = readEnvironment(environmentSchema, env);
  return {
    ...subgraphConfig(parsed, parsed.METRICS_DATABASE_URL, 'cchc_e_government_metrics'),
    unitRegistryUrl: parsed.UNIT_REGISTRY_URL,
  };
}
