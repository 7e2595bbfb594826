import { type EnumTypeDefinitionNode, Kind, parse, type StringValueNode } from 'graphql';
import { subgraphKey } from './environment.js';

/** A subgraph of the served supergraph and where the gateway sends its part of a query. */
export interface SubgraphRoute {
  name: string;
  url: string;
  /** Whether the URL comes from the gateway's configuration rather than the supergraph. */
  configured: boolean;
}

/** The subgraphs a supergraph composes, with their routing URLs (its `join__Graph` enum). */
export function composedSubgraphs(supergraphSdl: string): { name: string; url: string }[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  return (graphs?.values ?? []).map((value) => {
    const joinGraph = value.directives?.find((directive) => directive.name.value === 'join__graph');
    const argument = (name: string) =>
      (joinGraph?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)
        ?.value ?? '';
    return { name: argument('name'), url: argument('url') };
  });
}

/**
 * Where each subgraph of the supergraph answers: the configured URL for its name (in either spelling,
 * `e-government-metrics` or `E_GOVERNMENT_METRICS`), else its composed routing URL. Also returns the configured
 * names the supergraph does not have (a misspelt name, or a supergraph without that agency).
 */
export function subgraphRoutes(
  supergraphSdl: string,
  configuredUrls: Record<string, string>,
): { routes: Map<string, SubgraphRoute>; unused: string[] } {
  const configured = new Map(Object.entries(configuredUrls).map(([name, url]) => [subgraphKey(name), url]));
  const routes = new Map<string, SubgraphRoute>();
  for (const { name, url } of composedSubgraphs(supergraphSdl)) {
    const override = configured.get(subgraphKey(name));
    configured.delete(subgraphKey(name));
    routes.set(name, { name, url: override ?? url, configured: Boolean(override) });
  }
  return { routes, unused: [...configured.keys()] };
}
