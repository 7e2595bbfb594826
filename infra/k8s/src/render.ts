import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';

const run = promisify(execFile);

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** infra/k8s, where the kustomizations live. */
export const MANIFESTS_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Everything an operator applies with `kubectl apply -k`: each overlay, and the point-in-time restore. */
export const KUSTOMIZATIONS = ['overlays/demo', 'overlays/production', 'overlays/import', 'restore'] as const;

/**
 * What `kubectl apply -k <folder>` would send, rendered by kustomize as kubectl embeds it (a standalone
 * `kustomize` binary is used when there is no kubectl): no cluster is contacted.
 */
export async function renderKustomization(folder: string): Promise<KubernetesObject[]> {
  const path = `${MANIFESTS_DIR}${folder}`;
  const { stdout } = await run('kubectl', ['kustomize', path], { maxBuffer: 64 << 20 }).catch(
    async (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return run('kustomize', ['build', path], { maxBuffer: 64 << 20 }).catch((fallback) => {
        if ((fallback as NodeJS.ErrnoException).code !== 'ENOENT') throw fallback;
        throw new Error('rendering the manifests needs kubectl (or kustomize) on the PATH');
      });
    },
  );
  return parseAllDocuments(stdout).map((document) => {
    if (document.errors.length > 0) throw new Error(`${folder}: ${document.errors[0]?.message}`);
    return document.toJS() as KubernetesObject;
  });
}

export const objectName = (object: KubernetesObject) => `${object.kind}/${object.metadata.name}`;
