import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMITTED_SUPERGRAPHS, checkCandidate, findingsOf, readCommittedSupergraph } from './check.js';

/**
 * `npm run schema:check -- <candidate.graphql> [--name <subgraph>]`: may this subgraph SDL join (or replace its
 * namesake in) every committed supergraph without breaking their clients? Exits 1, naming each change, when it
 * may not; 2 when it is called wrongly.
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run schema:check -- <candidate subgraph SDL file> [--name <subgraph name>]');
  process.exit(2);
}
// npm runs the script in schema/: a relative path is the caller's.
const location = path.resolve(process.env.INIT_CWD ?? '.', file);
const sdl = await readFile(location, 'utf8').catch((error: Error) => {
  console.error(`Cannot read the candidate SDL: ${error.message}`);
  process.exit(2);
});
const candidate = { name: values.name ?? path.basename(file, '.graphql'), sdl };

console.log(
  `Checking subgraph "${candidate.name}" (${location}) against ${COMMITTED_SUPERGRAPHS.join(', ')}`,
);
const checks = await Promise.all(
  COMMITTED_SUPERGRAPHS.map(async (supergraph) => ({
    file: supergraph,
    result: checkCandidate(await readCommittedSupergraph(supergraph), candidate),
  })),
);
const findings = findingsOf(checks);
for (const finding of findings) {
  const columns = [
    finding.severity,
    finding.type,
    finding.description,
    `[${finding.supergraphs.join(', ')}]`,
  ];
  console.log(columns.filter(Boolean).join('  '));
}
const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
const errors = count('COMPOSITION ERROR');
const violations = count('PLATFORM RULE');
const breaking = count('BREAKING');
const blocking = errors + violations + breaking;
console.log(
  blocking > 0
    ? `✖ subgraph "${candidate.name}" cannot join as it is: ${errors} composition error(s), ${violations} platform rule(s) broken, ${breaking} breaking change(s)`
    : `✔ subgraph "${candidate.name}" composes with every committed supergraph: no breaking change (${count('DANGEROUS')} to review)`,
);
process.exit(blocking > 0 ? 1 : 0);
