import { readEnvironment, type SubgraphConfig, subgraphConfig, subgraphEnvironment } from '@cchc/kit';
import { z } from 'zod';

/** Every variable the service reads, with its default: the Kubernetes manifests are checked against it. */
export const environmentSchema = z.object({
  ...subgraphEnvironment('PARTNER_STAFFING', 4010),
  /** unit-registry's GraphQL endpoint: the demo figures name units by official code. */
  UNIT_REGISTRY_URL: z.string().url().default('http://localhost:4001/graphql'),
});

/** LOAD_DEMO_DATA loads the illustrative staffing figures when there are none. */
export interface StaffingConfig extends SubgraphConfig {
  unitRegistryUrl: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): StaffingConfig {
  const parsed = readEnvironment(environmentSchema, env);
  return {
    ...subgraphConfig(parsed, parsed.PARTNER_STAFFING_DATABASE_URL, 'cchc_partner_staffing'),
    unitRegistryUrl: parsed.UNIT_REGISTRY_URL,
  };
}
