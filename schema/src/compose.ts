import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { nonNullContributedFields } from './contributed-fields.js';
import { PARTNER_SUBGRAPHS, readSubgraphSdl, SUBGRAPHS, type SubgraphSource } from './subgraphs.js';

export interface ComposedSchema {
  /** File name (relative to schema/) → content. */
  files: Map<string, string>;
}

const FEDERATION_VERSION = '2.7';

function compositionConfig(subgraphs: SubgraphSource[]): string {
  const lines = [`federation_version: =${FEDERATION_VERSION}`, 'subgraphs:'];
  for (const s of subgraphs) {
    lines.push(
      `  ${s.name}:`,
      `    routing_url: ${s.routingUrl}`,
      '    schema:',
      `      file: ./subgraphs/${s.name}.graphql`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const compositionFailed = (problems: string[]) =>
  new Error(`Composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

function compose(subgraphs: SubgraphSource[], sdls: Map<string, string>): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.routingUrl, typeDefs: parse(sdls.get(s.name)!) })),
  );
  if (result.errors) throw compositionFailed(result.errors.map((e) => e.message));
  const violations = nonNullContributedFields(
    subgraphs.map((s) => ({ name: s.name, sdl: sdls.get(s.name)! })),
  );
  if (violations.length > 0) throw compositionFailed(violations);
  return `${result.supergraphSdl.trim()}\n`;
}

/**
 * Composes the supergraph from the subgraphs' committed SDL files, as the files committed in schema/: the
 * platform's own (supergraph.graphql), and with the partner agencies' subgraphs (supergraph.with-partners.graphql).
 */
export async function composeSupergraph(): Promise<ComposedSchema> {
  const files = new Map<string, string>();
  const sdls = new Map<string, string>();
  for (const subgraph of [...SUBGRAPHS, ...PARTNER_SUBGRAPHS])
    sdls.set(subgraph.name, await readSubgraphSdl(subgraph.name));
  files.set('supergraph.graphql', compose(SUBGRAPHS, sdls));
  files.set('supergraph.yaml', compositionConfig(SUBGRAPHS));
  const withPartners = [...SUBGRAPHS, ...PARTNER_SUBGRAPHS];
  files.set('supergraph.with-partners.graphql', compose(withPartners, sdls));
  files.set('supergraph.with-partners.yaml', compositionConfig(withPartners));
  return { files };
}
