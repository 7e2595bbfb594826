import { readEnvironment, type SubgraphConfig, subgraphConfig, subgraphEnvironment } from '@cchc/kit';
import { z } from 'zod';

/** Every variable the service reads, with its default: the Kubernetes manifests are checked against it. */
export const environmentSchema = z.object(subgraphEnvironment('UNIT_REGISTRY', 4001));

/** LOAD_DEMO_DATA imports the national units (and Kiên Giang's agencies) when the database holds none. */
export type UnitRegistryConfig = SubgraphConfig;

export function readConfig(env: NodeJS.ProcessEnv = process.env): UnitRegistryConfig {
  const parsed = readEnvironment(environmentSchema, env);
  return subgraphConfig(parsed, parsed.UNIT_REGISTRY_DATABASE_URL, 'cchc_unit_registry');
}
