import type { Logger } from '@cchc/kit';
import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/logger';

/** The runtime's log lines written by the gateway's own logger (JSON, with its level and bindings). */
export function hiveLogger(logger: Logger): HiveLogger {
  return new HiveLogger({
    level: 'info',
    writers: [
      {
        write(level: LogLevel, attrs, message) {
          logger[level](attrs ?? {}, message ?? '');
        },
      },
    ],
  });
}
