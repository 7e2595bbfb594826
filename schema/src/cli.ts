import { mkdir, writeFile } from 'node:fs/promises';
import { composeSupergraph } from './compose.js';

/** `npm run compose`: rewrites the supergraphs in schema/ from the subgraphs' committed SDL files. */
const root = new URL('../', import.meta.url);
const { files } = await composeSupergraph();
for (const [name, content] of files) {
  const target = new URL(name, root);
  await mkdir(new URL('./', target), { recursive: true });
  await writeFile(target, content);
  console.log(`wrote schema/${name}`);
}
