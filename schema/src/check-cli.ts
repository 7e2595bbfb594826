import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCandidate, committedSubgraphs } from './check.js';

/**
 * `npm run schema:check -- <candidate.graphql> [--name <subgraph>]`: may this subgraph SDL join (or replace its
 * namesake in) the supergraph without breaking its clients? Exits 1, naming each change, when it may not.
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run schema:check -- <candidate subgraph SDL file> [--name <subgraph name>]');
  process.exit(2);
}
const name = values.name ?? path.basename(file).replace(/\.graphql$/, '');
const candidate = { name, sdl: await readFile(path.resolve(process.env.INIT_CWD ?? '.', file), 'utf8') };
const committed = await readFile(new URL('../supergraph.graphql', import.meta.url), 'utf8');
const result = checkCandidate(await committedSubgraphs(), committed, candidate);

for (const error of result.compositionErrors) console.log(`COMPOSITION ERROR  ${error}`);
for (const change of result.breaking) console.log(`BREAKING  ${change.type}  ${change.description}`);
for (const change of result.dangerous) console.log(`DANGEROUS  ${change.type}  ${change.description}`);
const failed = result.compositionErrors.length > 0 || result.breaking.length > 0;
console.log(
  failed
    ? `✖ subgraph "${name}" cannot join as it is: ${result.compositionErrors.length} composition error(s), ${result.breaking.length} breaking change(s)`
    : `✔ subgraph "${name}" composes with the committed supergraph: no breaking change (${result.dangerous.length} to review)`,
);
process.exit(failed ? 1 : 0);
