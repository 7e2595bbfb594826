import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, type Identity, Role } from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';

/** What tells an API token from a JWT in an Authorization header. */
export const API_TOKEN_PREFIX = 'cchc_';

export const newApiToken = z.object({
  name: z.string().trim().min(3).max(200),
  roles: z.array(z.enum([Role.ANALYST, Role.PARTNER, Role.UNIT_OFFICER])).min(1),
  /** A UNIT_OFFICER token's unit id (e.g. a department console's integration). */
  unitId: z.string().min(1).nullable().default(null),
  /** Days until the token stops working; none: until revoked. */
  expiresInDays: z.number().int().min(1).max(3660).nullable().default(null),
});
export type NewApiToken = z.input<typeof newApiToken>;

export interface ApiTokenRecord {
  id: string;
  name: string;
  roles: Role[];
  unitId: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const sha256 = (secret: string) => createHash('sha256').update(secret).digest();

const COLUMNS = `id, name, roles, unit_id AS "unitId", created_by AS "createdBy", created_at AS "createdAt",
  expires_at AS "expiresAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

/**
 * Long-lived tokens for BI tools and partner agencies. The secret is 32 random bytes, shown once at
 * creation; only its SHA-256 is stored (a random secret of that length needs no slow password hash).
 */
export class ApiTokenStore {
  constructor(private readonly db: DataSource) {}

  async create(input: NewApiToken, createdBy: string): Promise<{ token: string; record: ApiTokenRecord }> {
    const parsed = newApiToken.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${issue.path.join('.')}: ${issue.message}`, {
        field: issue.path.join('.'),
      });
    }
    const { name, roles, unitId, expiresInDays } = parsed.data;
    if (roles.includes(Role.UNIT_OFFICER) !== (unitId !== null)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A UNIT_OFFICER token needs a unitId, and only it', {
        field: 'unitId',
      });
    }
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const [record] = (await this.db.query(
      `INSERT INTO api_tokens (id, name, secret_sha256, roles, unit_id, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING ${COLUMNS}`,
      [randomUUID(), name, sha256(token), roles, unitId, createdBy, expiresInDays],
    )) as ApiTokenRecord[];
    return { token, record: record! };
  }

  async list(): Promise<ApiTokenRecord[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at DESC`);
  }

  async revoke(id: string, revokedBy: string): Promise<ApiTokenRecord> {
    const [rows] = (await this.db.query(
      `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $2)
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, revokedBy],
    )) as [ApiTokenRecord[], number];
    const record = rows[0];
    if (!record) throw new DomainError(ErrorCode.NOT_FOUND, `No API token ${id}`, { id });
    return record;
  }

  /** The caller a token stands for; null when it is unknown, revoked or expired. */
  async identify(token: string): Promise<Identity | null> {
    const [row] = (await this.db.query(
      `SELECT id, name, roles, unit_id AS "unitId", last_used_at < now() - interval '1 minute' AS "usedLongAgo",
         last_used_at IS NULL AS "neverUsed"
       FROM api_tokens
       WHERE secret_sha256 = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [sha256(token)],
    )) as {
      id: string;
      name: string;
      roles: Role[];
      unitId: string | null;
      usedLongAgo: boolean;
      neverUsed: boolean;
    }[];
    if (!row) return null;
    // Last use is kept to the minute: a BI tool's every request does not become a write.
    if (row.neverUsed || row.usedLongAgo) {
      await this.db.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [row.id]);
    }
    return { subject: `api-token:${row.id}`, username: row.name, roles: row.roles, unitId: row.unitId };
  }
}
