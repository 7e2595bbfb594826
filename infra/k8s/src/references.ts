import type { KubernetesObject } from './render.js';

/** `Secret/<name>` or `ConfigMap/<name>`, as named in OPERATOR_MADE. */
export type Reference = `${'Secret' | 'ConfigMap'}/${string}`;

const SECRET_FIELDS = new Set(['secretKeyRef', 'secretRef', 'passwordSecret']);
const CONFIG_MAP_FIELDS = new Set(['configMapKeyRef', 'configMapRef']);
/** CloudNativePG's object-store credentials: each a `{ name, key }` of a Secret. */
const CREDENTIAL_FIELDS = new Set(['s3Credentials', 'azureCredentials', 'googleCredentials']);

/** Every Secret and ConfigMap an object names (environment, TLS, database passwords, backup credentials). */
export function referencesOf(value: unknown, inCredentials = false): Reference[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => referencesOf(item, inCredentials));
  return Object.entries(value).flatMap(([field, child]): Reference[] => {
    const name = (child as { name?: unknown } | null)?.name;
    if (SECRET_FIELDS.has(field) && typeof name === 'string') return [`Secret/${name}`];
    if (CONFIG_MAP_FIELDS.has(field) && typeof name === 'string') return [`ConfigMap/${name}`];
    if (field === 'secretName' && typeof child === 'string') return [`Secret/${child}`];
    if (inCredentials && typeof name === 'string' && 'key' in (child as object)) return [`Secret/${name}`];
    return referencesOf(child, inCredentials || CREDENTIAL_FIELDS.has(field));
  });
}

export const renderedReference = (object: KubernetesObject): Reference | undefined =>
  object.kind === 'Secret' || object.kind === 'ConfigMap'
    ? `${object.kind}/${object.metadata.name}`
    : undefined;
