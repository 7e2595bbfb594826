import { CreateStaffing1764400000000 } from './migrations/1764400000000-create-staffing.js';

/** Every migration, in order: the service runs them at start-up and the round-trip test runs each up, down and up. */
export const migrations = [CreateStaffing1764400000000];
