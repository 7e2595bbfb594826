import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { newSigningKey } from '@cchc/kit';
import type { JWK } from 'jose';
import { describeEvent, type SupervisorEvent } from './supervisor.js';

/** What `npm start` and `npm run data:national` share: where the repository is, the demo key, the operator's lines. */
export const repoRoot = new URL('../../../', import.meta.url);

/** A file of the repository, e.g. a service's compiled entry point. */
export const entry = (path: string) => new URL(path, repoRoot);

/** The demo login's signing key: made once, kept beside the database so tokens survive a restart. */
export async function loadSigningKey(file: URL): Promise<JWK> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch {
    const key = await newSigningKey();
    await mkdir(new URL('./', file), { recursive: true });
    await writeFile(file, JSON.stringify(key), { mode: 0o600 });
    return key;
  }
}

/** A service that stopped or was given up on is an error for the operator; the rest is news. */
export const report = (name: string, event: SupervisorEvent) => {
  const line = describeEvent(name, event);
  if (event.kind === 'exited' || event.kind === 'gave-up') console.error(line);
  else console.log(line);
};
