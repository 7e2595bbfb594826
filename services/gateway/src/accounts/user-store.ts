import { readFile } from 'node:fs/promises';
import { Role } from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';

export const DEMO_USERS_FILE = new URL('../../data/demo-users.json', import.meta.url);

export const loginUser = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,64}$/, '2–64 lower-case letters, digits, ".", "_" or "-"'),
  name: z.string().min(1).max(200),
  roles: z.array(z.enum(Role)).min(1),
  /** A UNIT_OFFICER's unit: its official code, read as of a date (codes change with reforms). */
  unit: z.object({ code: z.string().min(1), asOf: z.string().date() }).nullable(),
  passwordHash: z.string().min(1),
});
export type LoginUser = z.infer<typeof loginUser>;

export async function readDemoUsers(file: URL = DEMO_USERS_FILE): Promise<LoginUser[]> {
  return z.object({ users: z.array(loginUser) }).parse(JSON.parse(await readFile(file, 'utf8'))).users;
}

interface UserRow {
  username: string;
  name: string;
  roles: Role[];
  unit_code: string | null;
  unit_as_of: string | null;
  password_hash: string;
}

/** The built-in login's users, in the gateway's own database. */
export class UserStore {
  constructor(private readonly db: DataSource) {}

  /** An enabled user, or null. */
  async find(username: string): Promise<LoginUser | null> {
    const [row] = (await this.db.query(
      'SELECT username, name, roles, unit_code, unit_as_of, password_hash FROM users WHERE username = $1 AND NOT disabled',
      [username],
    )) as UserRow[];
    if (!row) return null;
    return {
      username: row.username,
      name: row.name,
      roles: row.roles,
      unit: row.unit_code && row.unit_as_of ? { code: row.unit_code, asOf: row.unit_as_of } : null,
      passwordHash: row.password_hash,
    };
  }

  /** Creates the user or replaces its name, roles, unit and password (and enables it again). */
  async save(user: LoginUser): Promise<void> {
    const valid = loginUser.parse(user);
    await this.db.query(
      `INSERT INTO users (username, name, roles, unit_code, unit_as_of, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (username) DO UPDATE SET name = $2, roles = $3, unit_code = $4, unit_as_of = $5,
         password_hash = $6, disabled = false, updated_at = now()`,
      [valid.username, valid.name, valid.roles, valid.unit?.code, valid.unit?.asOf, valid.passwordHash],
    );
  }

  async disable(username: string): Promise<boolean> {
    const [, count] = (await this.db.query(
      'UPDATE users SET disabled = true, updated_at = now() WHERE username = $1',
      [username],
    )) as [unknown, number];
    return count > 0;
  }
}
