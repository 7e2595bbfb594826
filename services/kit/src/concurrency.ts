import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { DomainError, ErrorCode, notFound } from './errors.js';

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
  if (row.version !== expectedVersion) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `${what} was changed by someone else (version ${row.version}, you sent ${expectedVersion}); reload it and try again`,
      { currentVersion: row.version },
    );
  }
  return row;
}
