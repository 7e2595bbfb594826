import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|json|svg)$/;
/** Below this a gzip header costs about what it saves. */
const MIN_BYTES = 1_024;

/**
 * Writes `name.gz` beside each text file of the build, so that the shell's server sends the compressed file as it
 * is rather than compressing a 1.5 MB library again on every cold request.
 */
export function precompressed(): Plugin {
  return {
    name: 'cchc-precompressed',
    apply: 'build',
    writeBundle: async ({ dir }) => {
      if (!dir) return;
      const files = await readdir(dir, { recursive: true, withFileTypes: true });
      for (const file of files) {
        if (!file.isFile() || !COMPRESSIBLE.test(file.name)) continue;
        const path = join(file.parentPath, file.name);
        const body = await readFile(path);
        if (body.length >= MIN_BYTES) await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}
