import { appendFile, mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The machine, in the words every block of docs/benchmarks.md starts with. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** Appends a dated block to docs/benchmarks.md (made with its heading when missing), newest last. */
export async function appendToBenchmarks(block: string) {
  const file = path.join(repoRoot, 'docs/benchmarks.md');
  const existing = await readFile(file, 'utf8').catch(() => null);
  const heading = '# Benchmarks\n\nFigures appended by `npm run bench`, newest last.\n';
  // A blank line before the block, whether or not the last one ended its line.
  const before = existing === null ? heading : existing.endsWith('\n') ? '' : '\n';
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${before}\n${block}\n`);
}
