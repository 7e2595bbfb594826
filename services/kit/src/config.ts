import { z } from 'zod';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Validates the environment against a schema at start-up and reports every problem at once.
 * The one place where a service reads `process.env`.
 */
export function readEnvironment<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigurationError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data;
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal('').transform(() => undefined));

/** Variables every service shares. */
export const commonEnvironment = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),
  /** An OpenTelemetry collector (OTLP over HTTP, e.g. http://collector:4318); no tracing when neither is set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** Where spans are posted, as is (wins over the general endpoint, to which /v1/traces is added). */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalUrl,
  /** `/metrics` asks for `Authorization: Bearer <token>`; unset: served to callers on the same host only. */
  METRICS_TOKEN: z.string().min(16).optional(),
};

export interface ServiceBasics {
  environment: 'development' | 'production' | 'test';
  logLevel: string;
  http: { host: string; port: number };
  /** Where the service posts its spans (OTLP/HTTP JSON); undefined: tracing off. */
  tracesUrl?: string;
  /** The bearer token `/metrics` asks for; undefined: callers on this host only. */
  metricsToken?: string;
}

/** The part of every service's configuration that comes from `commonEnvironment` and its PORT. */
export function serviceBasics(parsed: {
  NODE_ENV: ServiceBasics['environment'];
  LOG_LEVEL: string;
  HOST: string;
  PORT: number;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;
  METRICS_TOKEN?: string;
}): ServiceBasics {
  return {
    environment: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    http: { host: parsed.HOST, port: parsed.PORT },
    tracesUrl:
      parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
      (parsed.OTEL_EXPORTER_OTLP_ENDPOINT &&
        `${parsed.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`),
    metricsToken: parsed.METRICS_TOKEN,
  };
}
