import { readFile, writeFile } from 'node:fs/promises';

/**
 * Where a subgraph's printed SDL is committed (`schema/subgraphs/<name>.graphql`): the contract the supergraph is
 * composed from, so that schema/ and the gateway depend on files rather than on the services' code.
 */
const sdlFile = (name: string) => new URL(`../../../schema/subgraphs/${name}.graphql`, import.meta.url);

/** The SDL as it is committed: trimmed, with one final newline. */
const committedForm = (sdl: string) => `${sdl.trim()}\n`;

/** `npm run schema:print` in a service: writes its SDL where schema/ composes it from. */
export async function writeSubgraphSdl(name: string, print: () => Promise<string>): Promise<void> {
  const file = sdlFile(name);
  await writeFile(file, committedForm(await print()));
  console.log(`wrote ${file.pathname}`);
}

/** The service's SDL as printed now and as committed, for its drift test. */
export async function subgraphSdlDrift(
  name: string,
  print: () => Promise<string>,
): Promise<{ printed: string; committed: string }> {
  const committed = await readFile(sdlFile(name), 'utf8').catch(() => '(missing)');
  return { printed: committedForm(await print()), committed };
}
