import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs.js';

export interface ComposedSchema {
  /** File name (relative to schema/) → content. */
  files: Map<string, string>;
}

const FEDERATION_VERSION = '2.7';

function compositionConfig(): string {
  const lines = [`federation_version: =${FEDERATION_VERSION}`, 'subgraphs:'];
  for (const s of SUBGRAPHS) {
    lines.push(
      `  ${s.name}:`,
      `    routing_url: ${s.routingUrl}`,
      '    schema:',
      `      file: ./subgraphs/${s.name}.graphql`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Prints every subgraph's SDL and composes the supergraph, as the files committed in schema/. */
export async function composeSupergraph(): Promise<ComposedSchema> {
  const files = new Map<string, string>();
  const services = [];
  for (const subgraph of SUBGRAPHS) {
    const sdl = await subgraph.print();
    files.set(`subgraphs/${subgraph.name}.graphql`, `${sdl.trim()}\n`);
    services.push({ name: subgraph.name, url: subgraph.routingUrl, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files.set('supergraph.graphql', `${result.supergraphSdl.trim()}\n`);
  files.set('supergraph.yaml', compositionConfig());
  return { files };
}
