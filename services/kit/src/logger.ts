import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs; one child logger per request carries its request id. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
