import type { Logger } from '@cchc/kit';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import useMeshResponseCache from '@graphql-mesh/plugin-response-cache';
import type { KeyValueCache } from '@graphql-mesh/types';
import {
  type ConstDirectiveNode,
  type DocumentNode,
  type EnumValueNode,
  type GraphQLSchema,
  getNamedType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { GatewayServerContext } from './context.js';

/** The supergraph's name (join__Graph value) of the subgraph whose answers are cached. */
const UNIT_REGISTRY_GRAPH = 'UNIT_REGISTRY';

const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? [])
    .filter((directive) => directive.name.value === name)
    .filter((directive) => !directive.arguments?.some((a) => a.name.value === 'external'))
    .map(
      (directive) =>
        (directive.arguments?.find((a) => a.name.value === 'graph')?.value as EnumValueNode)?.value,
    )
    .filter(Boolean);

/**
 * The fields only the unit registry answers, read from the supergraph's join directives: a field with
 * `@join__field` is the registry's when the registry is its only (non-external) resolver; one without is
 * resolvable wherever its type is, so it is the registry's when the registry has the type.
 */
export function unitRegistryFields(supergraphSdl: string): Set<string> {
  const fields = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION)
      continue;
    const typeGraphs = graphsOf(definition.directives, 'join__type');
    for (const field of definition.fields ?? []) {
      const fieldGraphs = graphsOf(field.directives, 'join__field');
      const registryOnly =
        fieldGraphs.length > 0
          ? fieldGraphs.every((graph) => graph === UNIT_REGISTRY_GRAPH)
          : typeGraphs.includes(UNIT_REGISTRY_GRAPH);
      if (registryOnly) fields.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return fields;
}

/** Whether a query reads the unit registry's fields only (no introspection, nothing of another subgraph). */
export function readsUnitRegistryOnly(
  document: DocumentNode,
  typeInfo: TypeInfo,
  registryFields: Set<string>,
): boolean {
  let only = document.definitions.every(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
  );
  if (!only) return false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        if (!parent || !registryFields.has(`${getNamedType(parent).name}.${node.name.value}`)) only = false;
      },
    }),
  );
  return only;
}

/** Distinct query texts whose decision is kept; a BI tool's or the frontends' operations are far fewer. */
const DECISIONS_KEPT = 2_000;

/**
 * Marks each request whose query reads the registry only, decided once per query text and supergraph, when
 * its parameters are read (after the persisted-query lookup, before the response cache's).
 */
function markUnitRegistryQueries(
  registryFields: () => Set<string>,
  readsRegistryOnly: WeakSet<Request>,
): GatewayPlugin<GatewayServerContext> {
  let fields = new Set<string>();
  let schema: GraphQLSchema | undefined;
  const decided = new Map<string, boolean>();
  const decide = (query: string) => {
    if (!schema) return false;
    try {
      return readsUnitRegistryOnly(parse(query), new TypeInfo(schema), fields);
    } catch {
      return false;
    }
  };
  return {
    onSchemaChange({ schema: next }) {
      schema = next;
      fields = registryFields();
      decided.clear();
    },
    onParams({ params, request }) {
      if (!params.query) return;
      let only = decided.get(params.query);
      if (only === undefined) {
        only = decide(params.query);
        if (decided.size >= DECISIONS_KEPT) decided.clear();
        decided.set(params.query, only);
      }
      if (only) readsRegistryOnly.add(request);
    },
  };
}

export interface UnitsRevisionWatch {
  /** The registry's revision of its units; undefined while it cannot be followed (nothing is cached then). */
  revision(): number | undefined;
  close(): void;
}

/** A long poll held on the registry; answered when its units change, or after this many seconds. */
const WAIT_SECONDS = 25;
const RETRY_MS = 1_000;

/** Follows the unit registry's revision (its `/units/revision` long poll) for as long as the gateway runs. */
export function watchUnitsRevision(
  registryUrl: () => string | undefined,
  logger: Logger,
): UnitsRevisionWatch {
  let revision: number | undefined;
  let closed = false;
  let poll: AbortController | undefined;
  const ask = async (url: URL) => {
    poll = new AbortController();
    const giveUp = setTimeout(() => poll?.abort(), (WAIT_SECONDS + 10) * 1000);
    try {
      const response = await fetch(url, { signal: poll.signal });
      if (!response.ok) throw new Error(`unit registry answered ${response.status}`);
      return ((await response.json()) as { revision: number }).revision;
    } finally {
      clearTimeout(giveUp);
    }
  };
  const follow = async () => {
    while (!closed) {
      try {
        const base = registryUrl();
        if (!base) throw new Error('no unit-registry subgraph');
        const url = new URL('/units/revision', base);
        if (revision !== undefined) url.searchParams.set('after', String(revision));
        url.searchParams.set('waitSeconds', String(WAIT_SECONDS));
        const next = await ask(url);
        if (revision !== undefined && next !== revision)
          logger.info({ revision: next }, 'units changed: cached unit-registry answers dropped');
        revision = next;
      } catch (error) {
        if (closed) return;
        if (revision !== undefined)
          logger.warn({ err: error }, 'unit registry revision lost: caching paused');
        revision = undefined;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    }
  };
  void follow();
  return {
    revision: () => revision,
    close: () => {
      closed = true;
      poll?.abort();
    },
  };
}

/** How long a cached answer may live even if the units do not change (bounds the cache's memory). */
export const CACHE_TTL_MS = 10 * 60_000;

/**
 * The runtime's response cache (Mesh's plugin) for the unit registry's public answers: shared by every caller
 * (the registry is public reference data), used only for queries that read nothing else, keyed by the
 * registry's revision of its units so that a change (an import, an operator's SQL) is seen at once. Placed
 * by us rather than through the runtime's `responseCaching` option, which runs it before our plugins: it must
 * come after the persisted-query lookup and the marking of registry-only queries.
 */
export function unitRegistryCaching(options: {
  cache: KeyValueCache;
  /**
   * The cache expires its entries itself (an LRU with a time to live): none is given one of its own, which the
   * in-process cache would keep a timer for, long after the LRU dropped the entry.
   */
  cacheExpiresEntries: boolean;
  watch: UnitsRevisionWatch;
  registryFields: () => Set<string>;
}): { plugins: GatewayPlugin<GatewayServerContext>[]; cachedQuery(request: Request): boolean } {
  const readsRegistryOnly = new WeakSet<Request>();
  const plugins = [
    markUnitRegistryQueries(options.registryFields, readsRegistryOnly),
    useMeshResponseCache({
      cache: options.cache,
      ...(options.cacheExpiresEntries ? {} : { ttl: CACHE_TTL_MS }),
      includeExtensionMetadata: false,
      invalidateViaMutation: false,
      // No entity is tracked: a change to the units is seen through the revision in the session, and tracking would
      // store two more keys per unit of every answer.
      idFields: [],
      enabled: (request) => readsRegistryOnly.has(request) && options.watch.revision() !== undefined,
      session: () => `units-${options.watch.revision()}`,
    }) as GatewayPlugin<GatewayServerContext>,
  ];
  return { plugins, cachedQuery: (request) => readsRegistryOnly.has(request) };
}
