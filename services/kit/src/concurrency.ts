import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { DomainError, ErrorCode, notFound } from './errors.js';

/**
 * The version a client last read against the stored one (0 for a record not yet written): a stale version gets
 * CONFLICT with the current one, and nothing is written. Every versioned write of the platform checks it here.
 */
export function assertVersion(what: string, current: number, sent: number): void {
  if (current === sent) return;
  throw new DomainError(
    ErrorCode.CONFLICT,
    `${what} was changed by someone else (version ${current}, you sent ${sent}); reload it and try again`,
    { currentVersion: current },
  );
}

/**
 * Locks a versioned row for the rest of the transaction and checks the version the client last saw:
 * a stale version gets CONFLICT and nothing is written.
 */
export async function lockVersioned<T extends { id: string; version: number }>(
  db: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  expectedVersion: number,
): Promise<T> {
  const row = await db
    .getRepository(entity)
    .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(what, id);
  assertVersion(what, row.version, expectedVersion);
  return row;
}
