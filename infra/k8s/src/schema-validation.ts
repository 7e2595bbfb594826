import { Cluster, Database, ScheduledBackup } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import type { KubernetesObject } from './render.js';

interface Model {
  prototype: { validate(): void };
}

/**
 * The kinds the manifests may hold, each with its schema: Kubernetes' OpenAPI (kubernetes-models) and
 * CloudNativePG's CRD (@kubernetes-models/cloudnative-pg). A kind missing here is refused, not waved through.
 */
const MODELS: Record<string, Model> = Object.fromEntries(
  [
    Namespace,
    ConfigMap,
    Secret,
    Service,
    Deployment,
    StatefulSet,
    Job,
    HorizontalPodAutoscaler,
    PodDisruptionBudget,
    NetworkPolicy,
    Ingress,
    Cluster,
    Database,
    ScheduledBackup,
  ].map((model) => [`${model.apiVersion}/${model.kind}`, model as unknown as Model]),
);

/**
 * Every way `object` breaks its kind's schema: wrong types, missing required fields, values out of their
 * enumeration, and fields the schema does not have. The schemas allow unknown fields (the API server drops
 * them, or refuses them with strict field validation), and a misspelt probe or limit would go unnoticed;
 * so the validator runs on a proxy that records which fields it looked up, and a field it never looked up, in
 * an object whose fields it did look up one by one, is one its schema does not know.
 */
export function schemaProblems(object: KubernetesObject): string[] {
  const model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!model)
    return [`no schema for ${object.apiVersion} ${object.kind}: add its model to schema-validation.ts`];
  const lookups = new FieldLookups();
  const problems: string[] = [];
  try {
    model.prototype.validate.call(lookups.watch(object));
  } catch (error) {
    problems.push(...(error as Error).message.split(', data').map((line) => line.replace(/^data/, '')));
  }
  return [...problems, ...lookups.unknownFields(object, '')];
}

class FieldLookups {
  private readonly looked = new WeakMap<object, Set<PropertyKey>>();
  /** Objects whose keys the validator listed (maps such as labels): any key is allowed there. */
  private readonly listed = new WeakSet<object>();
  private readonly proxies = new WeakMap<object, object>();

  watch<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    const target = value as object;
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    const lookups = this;
    const looked = new Set<PropertyKey>();
    this.looked.set(target, looked);
    const proxy = new Proxy(target, {
      get(object, key, receiver) {
        looked.add(key);
        return lookups.watch(Reflect.get(object, key, receiver));
      },
      has(object, key) {
        looked.add(key);
        return Reflect.has(object, key);
      },
      ownKeys(object) {
        lookups.listed.add(object);
        return Reflect.ownKeys(object);
      },
    });
    this.proxies.set(target, proxy);
    return proxy as T;
  }

  unknownFields(value: unknown, path: string): string[] {
    if (value === null || typeof value !== 'object') return [];
    if (Array.isArray(value))
      return value.flatMap((item, index) => this.unknownFields(item, `${path}/${index}`));
    const looked = this.looked.get(value);
    const checkedOneByOne = looked !== undefined && looked.size > 0 && !this.listed.has(value);
    return Object.entries(value).flatMap(([key, child]) => [
      ...(checkedOneByOne && !looked.has(key) ? [`${path}/${key} is not a field of this object`] : []),
      ...this.unknownFields(child, `${path}/${key}`),
    ]);
  }
}
