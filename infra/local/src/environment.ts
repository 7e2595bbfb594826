import { commonEnvironment, optionalUrl, port, readEnvironment } from '@cchc/kit';
import { z } from 'zod';

const schema = z.object({
  LOG_LEVEL: commonEnvironment.LOG_LEVEL,
  /** An external PostgreSQL server; the embedded one is started when absent. */
  DATABASE_URL: optionalUrl,
  UNIT_REGISTRY_DATABASE_URL: optionalUrl,
  INSPECTION_DATABASE_URL: optionalUrl,
  METRICS_DATABASE_URL: optionalUrl,
  GATEWAY_DATABASE_URL: optionalUrl,
  PARTNER_STAFFING_DATABASE_URL: optionalUrl,
  /** Also run the example partner agency's subgraph, and serve the supergraph that includes it. */
  PARTNER_SUBGRAPHS: z.stringbool().default(false),
  PARTNER_STAFFING_PORT: port(4010),
  EMBEDDED_PG_PORT: port(54329),
  EMBEDDED_PG_DATA_DIR: z.string().default('.data/postgres'),
  GATEWAY_PORT: port(4000),
  /** Where the web frontends are served (the shell, the applications, the shared libraries). */
  SHELL_PORT: port(8080),
  /** Where the subgraphs listen: this machine only by default (the gateway is the platform's one door). */
  SUBGRAPH_HOST: z.string().default('127.0.0.1'),
  UNIT_REGISTRY_PORT: port(4001),
  INSPECTION_PORT: port(4002),
  METRICS_PORT: port(4003),
});

export type LocalPlatformConfig = z.infer<typeof schema>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env) => readEnvironment(schema, env);
