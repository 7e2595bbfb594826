import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig, MANIFEST_PATH } from './config.mjs';

const MANIFEST_NAME = 'persisted-documents.json';

/**
 * What `npm run generate` writes: each frontend's typed operations, and one manifest of every frontend's
 * documents in place of the per-frontend ones.
 */
export async function generatedFiles() {
  const outputs = await generate(codegenConfig, false);
  const manifest = {};
  const files = [];
  for (const output of outputs) {
    if (output.filename.endsWith(MANIFEST_NAME)) Object.assign(manifest, JSON.parse(output.content));
    else files.push({ path: output.filename, content: output.content });
  }
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  files.push({ path: MANIFEST_PATH, content: `${JSON.stringify(sorted, null, 2)}\n` });
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdir } = await import('node:fs/promises');
  for (const file of await generatedFiles()) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content);
    console.log(`wrote ${file.path}`);
  }
}
