import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Container, containersOf, environmentOf, imageName } from './environment-coverage.js';
import { allows, type Pod } from './network-policies.js';
import { OPERATOR_MADE } from './operator-made.js';
import { referencesOf, renderedReference } from './references.js';
import {
  KUSTOMIZATIONS,
  type KubernetesObject,
  MANIFESTS_DIR,
  objectName,
  renderKustomization,
} from './render.js';
import { schemaProblems } from './schema-validation.js';

const rendered = new Map<string, KubernetesObject[]>();
beforeAll(async () => {
  for (const folder of KUSTOMIZATIONS) rendered.set(folder, await renderKustomization(folder));
});
const objectsOf = (folder: string) => rendered.get(folder) ?? [];

describe.each(KUSTOMIZATIONS)('kubectl apply -k %s', (folder) => {
  it('renders objects that all match their schemas (Kubernetes, CloudNativePG), with no unknown field', () => {
    const objects = objectsOf(folder);
    expect(objects.length).toBeGreaterThan(0);
    const problems = Object.fromEntries(
      objects
        .map((object) => [objectName(object), schemaProblems(object)] as const)
        .filter(([, found]) => found.length > 0),
    );
    expect(problems).toEqual({});
  });

  it('names only Secrets and ConfigMaps that it holds or that an operator makes, as infra/README.md says', () => {
    const objects = objectsOf(folder);
    const held = new Set(objects.map(renderedReference).filter(Boolean));
    const readme = readFileSync(`${MANIFESTS_DIR}../README.md`, 'utf8');
    const missing = [...new Set(objects.flatMap((object) => referencesOf(object)))]
      .filter((reference) => !held.has(reference))
      .filter((reference) => !OPERATOR_MADE[reference] || !readme.includes(reference.split('/')[1] ?? ''));
    expect(missing).toEqual([]);
  });

  it('holds no Secret: passwords and keys are never committed', () => {
    expect(
      objectsOf(folder)
        .filter((object) => object.kind === 'Secret')
        .map(objectName),
    ).toEqual([]);
  });
});

describe('the schema check', () => {
  const deployment = (container: Record<string, unknown>) =>
    ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x', labels: { 'any-label': 'allowed' } },
      spec: {
        selector: { matchLabels: { app: 'x' } },
        template: { spec: { containers: [{ name: 'x', image: 'x', ...container }] } },
      },
    }) as KubernetesObject;

  it('finds a misspelt field, a wrong type and an unknown kind, and accepts a map of any keys', () => {
    expect(schemaProblems(deployment({ ports: [{ containerPort: 80 }] }))).toEqual([]);
    expect(schemaProblems(deployment({ readinesProbe: { httpGet: { path: '/readyz', port: 80 } } }))).toEqual(
      ['/spec/template/spec/containers/0/readinesProbe is not a field of this object'],
    );
    expect(schemaProblems(deployment({ ports: [{ containerPort: '80' }] }))).toEqual([
      '/spec/template/spec/containers/0/ports/0/containerPort must be integer',
    ]);
    expect(schemaProblems({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'x' } })).toEqual(
      ['no schema for example.com/v1 Widget: add its model to schema-validation.ts'],
    );
  });

  it("checks CloudNativePG's objects against its CRD", () => {
    const cluster = (spec: Record<string, unknown>) =>
      ({
        apiVersion: 'postgresql.cnpg.io/v1',
        kind: 'Cluster',
        metadata: { name: 'x' },
        spec,
      }) as KubernetesObject;
    expect(schemaProblems(cluster({ instances: 1, storage: { size: '1Gi' } }))).toEqual([]);
    expect(schemaProblems(cluster({ instances: 1, storage: { size: '1Gi' }, backups: {} }))).toEqual([
      '/spec/backups is not a field of this object',
    ]);
    expect(schemaProblems(cluster({ storage: { size: '1Gi' } }))).toEqual([
      '/spec must have required property instances',
    ]);
  });
});

describe('network isolation', () => {
  const inCchc = (
    name: string,
    labels: Record<string, string> = { 'app.kubernetes.io/name': name },
  ): Pod => ({
    name,
    namespace: 'cchc',
    labels,
  });
  /** Every pod that matters, with the ports it listens on: the platform's, and the ones around it. */
  const pods: { pod: Pod; ports: number[] }[] = [
    { pod: inCchc('gateway'), ports: [4000] },
    { pod: inCchc('unit-registry'), ports: [4001] },
    { pod: inCchc('inspection'), ports: [4002] },
    { pod: inCchc('e-government-metrics'), ports: [4003] },
    { pod: inCchc('partner-staffing'), ports: [4010] },
    { pod: inCchc('shell'), ports: [8080] },
    { pod: inCchc('redis'), ports: [6379] },
    {
      pod: inCchc('postgres', { 'cnpg.io/cluster': 'cchc-pg', 'cnpg.io/instanceRole': 'primary' }),
      ports: [5432, 8000, 9187],
    },
    { pod: inCchc('unit-import'), ports: [] },
    { pod: inCchc('stranger in cchc', { 'app.kubernetes.io/name': 'debug' }), ports: [8080] },
    {
      pod: {
        name: 'ingress controller',
        namespace: 'ingress-nginx',
        labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
      },
      ports: [],
    },
    {
      pod: {
        name: 'operator',
        namespace: 'cnpg-system',
        labels: { 'app.kubernetes.io/name': 'cloudnative-pg' },
      },
      ports: [],
    },
    {
      pod: {
        name: 'prometheus',
        namespace: 'monitoring',
        labels: { 'app.kubernetes.io/name': 'prometheus' },
      },
      ports: [],
    },
    {
      pod: {
        name: 'collector',
        namespace: 'observability',
        labels: { 'app.kubernetes.io/name': 'opentelemetry-collector' },
      },
      ports: [4318],
    },
    { pod: { name: 'stranger elsewhere', namespace: 'other', labels: { app: 'anything' } }, ports: [8080] },
  ];
  const openConnections = (policies: KubernetesObject[]) =>
    pods.flatMap(({ pod: from }) =>
      pods
        // Between two other namespaces, their own policies decide.
        .filter(({ pod: to }) => from.namespace === 'cchc' || to.namespace === 'cchc')
        .flatMap(({ pod: to, ports }) =>
          ports
            .filter((port) => allows(policies, { from, to, port }))
            .map((port) => `${from.name} → ${to.name}:${port}`),
        ),
    );
  const policiesOf = (folder: string) =>
    objectsOf(folder).filter((object) => object.kind === 'NetworkPolicy');

  // Written from the design, not read off the policies: the gateway is the one door (from the ingress and the
  // shell), subgraphs answer the gateway and the subgraphs that call them, PostgreSQL its services, Redis the gateway.
  const platform = [
    'gateway → unit-registry:4001',
    'gateway → inspection:4002',
    'gateway → e-government-metrics:4003',
    'gateway → redis:6379',
    'gateway → postgres:5432',
    'gateway → collector:4318',
    'unit-registry → postgres:5432',
    'unit-registry → collector:4318',
    'inspection → unit-registry:4001',
    'inspection → e-government-metrics:4003',
    'inspection → postgres:5432',
    'inspection → collector:4318',
    'e-government-metrics → unit-registry:4001',
    'e-government-metrics → postgres:5432',
    'e-government-metrics → collector:4318',
    'shell → gateway:4000',
    'postgres → postgres:5432',
    'postgres → postgres:8000',
    'unit-import → postgres:5432',
    'ingress controller → gateway:4000',
    'ingress controller → shell:8080',
    'operator → postgres:5432',
    'operator → postgres:8000',
    'prometheus → gateway:4000',
    'prometheus → unit-registry:4001',
    'prometheus → inspection:4002',
    'prometheus → e-government-metrics:4003',
    'prometheus → postgres:9187',
  ];
  const partner = [
    'gateway → partner-staffing:4010',
    'partner-staffing → unit-registry:4001',
    'partner-staffing → postgres:5432',
    'partner-staffing → collector:4318',
    'prometheus → partner-staffing:4010',
  ];

  it('production: nothing is open but what the platform uses', () => {
    expect(openConnections(policiesOf('overlays/production')).sort()).toEqual([...platform].sort());
  });

  it("demo: the partner agency's subgraph answers the gateway only, and reaches the registry and its database", () => {
    expect(openConnections(policiesOf('overlays/demo')).sort()).toEqual([...platform, ...partner].sort());
  });

  it('every pod of the namespace resolves names (DNS), and a namespace without the default deny would be open', () => {
    const dns: Pod = { name: 'dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
    const policies = policiesOf('overlays/production');
    for (const { pod } of pods.filter(({ pod }) => pod.namespace === 'cchc')) {
      expect(allows(policies, { from: pod, to: dns, port: 53, protocol: 'UDP' }), pod.name).toBe(true);
    }
    const withoutDefaultDeny = policies.filter((policy) => policy.metadata.name !== 'default-deny');
    const stranger = pods.find(({ pod }) => pod.name === 'stranger elsewhere')?.pod as Pod;
    const unlabelled = pods.find(({ pod }) => pod.name === 'stranger in cchc')?.pod as Pod;
    expect(allows(policies, { from: stranger, to: unlabelled, port: 8080 })).toBe(false);
    expect(allows(withoutDefaultDeny, { from: stranger, to: unlabelled, port: 8080 })).toBe(true);
  });
});

interface EnvironmentModule {
  environmentSchema: { shape: Record<string, unknown> };
  readConfig(env: NodeJS.ProcessEnv): unknown;
  SUBGRAPH_URL_PREFIX?: string;
}

/** Every deployable: its package, its folder, its image, and the module that reads its environment. */
const DEPLOYABLES: { image: string; folder: string; environment: () => Promise<EnvironmentModule> }[] = [
  {
    image: 'cchc/gateway',
    folder: 'services/gateway',
    environment: () => import('@cchc/gateway/environment'),
  },
  {
    image: 'cchc/unit-registry',
    folder: 'services/unit-registry',
    environment: () => import('@cchc/unit-registry/environment'),
  },
  {
    image: 'cchc/inspection',
    folder: 'services/inspection',
    environment: () => import('@cchc/inspection/environment'),
  },
  {
    image: 'cchc/e-government-metrics',
    folder: 'services/e-government-metrics',
    environment: () => import('@cchc/e-government-metrics/environment'),
  },
  {
    image: 'cchc/partner-staffing',
    folder: 'services/partner-staffing',
    environment: () => import('@cchc/partner-staffing/environment'),
  },
  {
    image: 'cchc/shell',
    folder: 'frontends/shell-server',
    environment: () => import('@cchc/shell-server/environment'),
  },
];
const REPOSITORY = `${MANIFESTS_DIR}../../`;

describe('deployables', () => {
  it('are every workspace package that starts a server', () => {
    const root = JSON.parse(readFileSync(`${REPOSITORY}package.json`, 'utf8')) as { workspaces: string[] };
    const servers = root.workspaces
      .flatMap((pattern) =>
        pattern.endsWith('/*')
          ? readdirSync(`${REPOSITORY}${pattern.slice(0, -2)}`, { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map((entry) => `${pattern.slice(0, -1)}${entry.name}`)
          : [pattern],
      )
      .filter((folder) => existsSync(`${REPOSITORY}${folder}/src/main.ts`));
    expect(servers.sort()).toEqual(DEPLOYABLES.map(({ folder }) => folder).sort());
  });

  it.each(DEPLOYABLES)(
    '$image has an image recipe, a workload, and only a release in production',
    ({ image }) => {
      const imagesIn = (folder: string) =>
        containersOf(objectsOf(folder)).map(({ container }) => container.image);
      const recipe = `-t ${image} .`;
      expect(
        readFileSync(`${MANIFESTS_DIR}../README.md`, 'utf8').includes(recipe),
        `infra/README.md: ${recipe}`,
      ).toBe(true);
      expect([...imagesIn('overlays/production'), ...imagesIn('overlays/demo')].map(imageName)).toContain(
        image,
      );
      const released = imagesIn('overlays/production').filter((name) => imageName(name) === image);
      expect(released.filter((name) => name !== `registry.example.gov.vn/${image}:RELEASE_TAG`)).toEqual([]);
    },
  );
});

describe.each(['overlays/demo', 'overlays/production', 'overlays/import'])(
  'the environment in %s',
  (folder) => {
    const workloads = () => {
      const objects = objectsOf(folder);
      const readers = new Map<string, number>();
      for (const { container } of containersOf(objects)) {
        for (const from of container.envFrom ?? []) {
          const name = from.configMapRef?.name;
          if (name) readers.set(name, (readers.get(name) ?? 0) + 1);
        }
      }
      const shared = new Set([...readers].filter(([, count]) => count > 1).map(([name]) => name));
      return containersOf(objects)
        .map(({ workload, container }) => ({
          workload,
          container,
          deployable: DEPLOYABLES.find(({ image }) => image === imageName(container.image)),
          environment: environmentOf(container as Container, objects, shared),
        }))
        .filter(({ deployable }) => deployable !== undefined);
    };

    it('gives each service what its own configuration check requires, from sources that exist', async () => {
      const refusals: Record<string, string> = {};
      for (const { workload, deployable, environment } of workloads()) {
        if (environment.problems.length > 0) refusals[workload] = environment.problems.join('; ');
        const module = await deployable?.environment();
        try {
          module?.readConfig(environment.values);
        } catch (error) {
          refusals[workload] = (error as Error).message;
        }
      }
      expect(refusals).toEqual({});
    });

    it('names only variables the service reads, and each it reads but is not given is documented', async () => {
      const unread: Record<string, string[]> = {};
      const undocumented: Record<string, string[]> = {};
      for (const { workload, container, deployable, environment } of workloads()) {
        const module = (await deployable?.environment()) as EnvironmentModule;
        const reads = new Set(Object.keys(module.environmentSchema.shape));
        // Parts of a composed value ($(DB_USER) in a URL), and Node's own options.
        const composedFrom = new Set(
          (container.env ?? []).flatMap(({ value }) =>
            [...(value ?? '').matchAll(/\$\((\w+)\)/g)].map((match) => match[1]),
          ),
        );
        const isRead = (name: string) =>
          reads.has(name) ||
          composedFrom.has(name) ||
          name === 'NODE_OPTIONS' ||
          (module.SUBGRAPH_URL_PREFIX !== undefined && name.startsWith(module.SUBGRAPH_URL_PREFIX));
        const notRead = [...environment.named].filter((name) => !isRead(name));
        if (notRead.length > 0) unread[workload] = notRead;
        // The service's own table, or the platform's (root README, "Configuration": the variables every service reads).
        const readme = ['', `${deployable?.folder}/`]
          .map((folder) => readFileSync(`${REPOSITORY}${folder}README.md`, 'utf8'))
          .join('\n');
        const missing = [...reads].filter(
          (name) => !(name in environment.values) && !readme.includes(`\`${name}\``),
        );
        if (missing.length > 0) undocumented[workload] = missing;
      }
      expect({ unread, undocumented }).toEqual({ unread: {}, undocumented: {} });
    });
  },
);
