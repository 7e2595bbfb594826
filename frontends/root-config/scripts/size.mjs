// Prints what the browser downloads, gzipped: each application's own JavaScript, the shell's, the shared
// client module's and the shared libraries' (npm run size -w @cchc/root-config, after a build).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const frontends = fileURLToPath(new URL('../../', import.meta.url));

async function javascriptIn(dir) {
  const entries = await readdir(join(frontends, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name));
}

async function measure(label, dir) {
  let raw = 0;
  let gzipped = 0;
  for (const file of await javascriptIn(dir)) {
    const body = await readFile(file);
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { deployable: label, 'JS kB': (raw / 1024).toFixed(1), 'gzip kB': (gzipped / 1024).toFixed(1) };
}

const rows = [
  await measure('planning (application)', 'planning/dist'),
  await measure('findings (application)', 'findings/dist'),
  await measure('reporting (application)', 'reporting/dist'),
  await measure('root-config (shell)', 'root-config/dist/web'),
  await measure('@cchc/web-shared (shared client module)', 'shared/dist'),
  await measure('shared libraries (all)', 'shared-deps/dist/web'),
];
console.table(rows);
