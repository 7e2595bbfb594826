import { fileURLToPath } from 'node:url';
import { commonEnvironment, port, readEnvironment } from '@cchc/kit';
import { z } from 'zod';

const schema = z.object({
  HOST: commonEnvironment.HOST,
  LOG_LEVEL: commonEnvironment.LOG_LEVEL,
  SHELL_PORT: port(8080),
  /** Where /graphql, /auth/, /.well-known/ and /export/ are passed to. */
  GATEWAY_URL: z.string().url().default('http://localhost:4000'),
  /** The folder holding each frontend's build; this repository's `frontends/` by default. */
  FRONTENDS_DIR: z.string().default(fileURLToPath(new URL('../../../../', import.meta.url))),
});

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = readEnvironment(schema, env);
  return {
    host: parsed.HOST,
    port: parsed.SHELL_PORT,
    gatewayUrl: parsed.GATEWAY_URL,
    frontendsDir: parsed.FRONTENDS_DIR,
    logLevel: parsed.LOG_LEVEL,
  };
}
