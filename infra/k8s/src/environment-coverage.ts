import { OPERATOR_MADE } from './operator-made.js';
import type { KubernetesObject } from './render.js';

interface ObjectKeyRef {
  name: string;
  key: string;
  optional?: boolean;
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: ObjectKeyRef; configMapKeyRef?: ObjectKeyRef };
  }[];
  envFrom?: {
    configMapRef?: { name: string; optional?: boolean };
    secretRef?: { name: string; optional?: boolean };
  }[];
}

/** What a container would be started with, as far as the manifests tell. */
export interface ContainerEnvironment {
  /**
   * The least a pod is sure to get: literals, and stand-ins (operator-made.ts) for what Secrets and operator-made
   * ConfigMaps hold; sources marked optional left out.
   */
  values: Record<string, string>;
  /** Variables this workload's manifest names on purpose: its `env`, and the keys of ConfigMaps only it reads. */
  named: Set<string>;
  problems: string[];
}

/**
 * A container's environment in Kubernetes' order: `envFrom` sources, later ones winning, then `env`, whose
 * `$(NAME)` references take the values defined before them. `sharedConfigMaps` are read by several workloads,
 * so a key there that this one does not read is not a mistake.
 */
export function environmentOf(
  container: Container,
  objects: KubernetesObject[],
  sharedConfigMaps: Set<string>,
): ContainerEnvironment {
  const values: Record<string, string> = {};
  const named = new Set<string>();
  const problems: string[] = [];
  const source = (kind: 'Secret' | 'ConfigMap', name: string): Record<string, string> | undefined => {
    const rendered = objects.find((object) => object.kind === kind && object.metadata.name === name);
    if (rendered) return (rendered.data ?? rendered.stringData ?? {}) as Record<string, string>;
    return OPERATOR_MADE[`${kind}/${name}`];
  };

  for (const from of container.envFrom ?? []) {
    const [kind, ref] = from.configMapRef
      ? (['ConfigMap', from.configMapRef] as const)
      : (['Secret', from.secretRef] as const);
    if (!ref) continue;
    const data = source(kind, ref.name);
    if (!data) problems.push(`${kind} ${ref.name} is neither in the manifests nor made by an operator`);
    if (!data || ref.optional) continue;
    Object.assign(values, data);
    if (kind === 'ConfigMap' && !sharedConfigMaps.has(ref.name))
      for (const key of Object.keys(data)) named.add(key);
  }

  for (const variable of container.env ?? []) {
    named.add(variable.name);
    if (variable.value !== undefined) {
      values[variable.name] = variable.value.replace(
        /\$\((\w+)\)/g,
        (text, name: string) => values[name] ?? text,
      );
      continue;
    }
    const secret = variable.valueFrom?.secretKeyRef;
    const configMap = variable.valueFrom?.configMapKeyRef;
    const [kind, ref] = secret ? (['Secret', secret] as const) : (['ConfigMap', configMap] as const);
    if (!ref) continue;
    const value = source(kind, ref.name)?.[ref.key];
    if (value === undefined)
      problems.push(`${variable.name}: ${kind} ${ref.name} has no key ${ref.key} that anyone makes`);
    else if (!ref.optional) values[variable.name] = value;
  }
  return { values, named, problems };
}

/** The application containers of every workload (init containers run other commands). */
export function containersOf(objects: KubernetesObject[]): { workload: string; container: Container }[] {
  return objects.flatMap((object) => {
    const template =
      object.kind === 'Deployment' || object.kind === 'StatefulSet' || object.kind === 'Job'
        ? (object.spec as { template: { spec: { containers: Container[] } } }).template
        : undefined;
    return (template?.spec.containers ?? []).map((container) => ({
      workload: `${object.kind}/${object.metadata.name}`,
      container,
    }));
  });
}

/** `registry.example.gov.vn/cchc/gateway:1.2.3` → `cchc/gateway`: the image whatever the overlay pinned. */
export const imageName = (image: string) =>
  image
    .replace(/(:[^/:]+)?(@.+)?$/, '')
    .split('/')
    .slice(-2)
    .join('/');
