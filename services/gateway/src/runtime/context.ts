import type { Logger } from '@cchc/kit';
import type { Caller } from '../accounts/callers.js';

/** What the gateway's HTTP layer hands the runtime with each request (Yoga's server context). */
export interface GatewayServerContext {
  requestId: string;
  logger: Logger;
  /** Resolved when the request was admitted; absent for an anonymous caller. */
  caller?: Caller;
}
