import type { DataSource, EntityManager } from 'typeorm';

/** DDL of the audit log every service that writes keeps in its own database (used by its migration). */
export const AUDIT_LOG_DDL = `
  CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    object_type text NOT NULL,
    object_id uuid NOT NULL,
    action text NOT NULL,
    actor text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    changes jsonb NOT NULL
  );
  CREATE INDEX audit_log_object ON audit_log (object_id, at);`;

export interface AuditEntry {
  objectType: string;
  objectId: string;
  /** CREATE, UPDATE, DELETE or a domain verb (TRANSITION, REPORT, VERIFY…). */
  action: string;
  actor: string;
  /** Field → [before, after]; only what changed. */
  changes: Record<string, [unknown, unknown]>;
}

/** The fields whose values differ between two versions of an object, as [before, after]. */
export function changesBetween(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

/** Records a change in the caller's transaction, so the log and the data never disagree. */
export async function writeAudit(db: EntityManager, entry: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (object_type, object_id, action, actor, changes) VALUES ($1, $2, $3, $4, $5)',
    [entry.objectType, entry.objectId, entry.action, entry.actor, JSON.stringify(entry.changes)],
  );
}

/** Records one change: what changed is computed from the object before and after. */
export type Audit = (
  objectType: string,
  objectId: string,
  action: string,
  before: object | null,
  after: object | null,
) => Promise<void>;

/** Runs a write in one transaction with an audit function bound to it and to the acting user. */
export function auditedTransaction<T>(
  dataSource: DataSource,
  actor: string,
  work: (db: EntityManager, audit: Audit) => Promise<T>,
): Promise<T> {
  return dataSource.transaction((db) =>
    work(db, (objectType, objectId, action, before, after) =>
      writeAudit(db, {
        objectType,
        objectId,
        action,
        actor,
        changes: changesBetween(
          before as Record<string, unknown> | null,
          after as Record<string, unknown> | null,
        ),
      }),
    ),
  );
}
