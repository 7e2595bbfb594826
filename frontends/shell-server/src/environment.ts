import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Every variable the service reads, with its default: the Kubernetes manifests are checked against it. */
export const environmentSchema = z.object({
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHELL_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Where /graphql, /auth/, /.well-known/, /export/ and /reports/ are passed to. */
  GATEWAY_URL: z.url().default('http://localhost:4000'),
  /** The folder holding each frontend's build; this repository's `frontends/` by default. */
  FRONTENDS_DIR: z.string().default(fileURLToPath(new URL('../../', import.meta.url))),
});

export type ShellConfig = ReturnType<typeof readConfig>;

/** The one place that reads `process.env`: every problem is reported at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const result = environmentSchema.safeParse(env);
  if (!result.success) throw new Error(`Invalid configuration:\n${z.prettifyError(result.error)}`);
  return {
    host: result.data.HOST,
    port: result.data.SHELL_PORT,
    gatewayUrl: result.data.GATEWAY_URL,
    frontendsDir: result.data.FRONTENDS_DIR,
    logLevel: result.data.LOG_LEVEL,
  };
}
