import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  /** The pg_dump that wrote the files: a restore needs a pg_restore of its major version or newer. */
  pgDump: z.string(),
  databases: z.array(
    z.object({
      service: z.string(),
      database: z.string(),
      serverVersion: z.string(),
      /** A pg_dump archive (custom format), beside the manifest. */
      file: z.string().regex(/^[\w.-]+$/),
      bytes: z.number().int(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      tables: z.array(z.object({ table: z.string(), rows: z.number().int(), checksum: z.string() })),
    }),
  ),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type DatabaseBackup = BackupManifest['databases'][number];

const MANIFEST_FILE = 'manifest.json';

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  await writeFile(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(folder: string): Promise<BackupManifest> {
  const file = path.join(folder, MANIFEST_FILE);
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a backup manifest: ${parsed.error.message}`);
  return parsed.data;
}

/** Refuses a backup any of whose files is missing or differs from the manifest, before anything is restored. */
export async function verifyFiles(folder: string, manifest: BackupManifest): Promise<void> {
  const problems: string[] = [];
  for (const { file, bytes, sha256 } of manifest.databases) {
    const location = path.join(folder, file);
    const size = await stat(location).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) problems.push(`${file}: missing`);
    else if (size !== bytes) problems.push(`${file}: ${size} bytes, ${bytes} in the manifest`);
    else if ((await sha256Of(location)) !== sha256)
      problems.push(`${file}: sha256 differs from the manifest`);
  }
  if (problems.length) {
    throw new Error(`The backup in ${folder} is damaged; nothing was restored:\n  ${problems.join('\n  ')}`);
  }
}
