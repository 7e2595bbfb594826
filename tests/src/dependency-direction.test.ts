import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The workspace folders `turbo prune` keeps for a deployable: what its image is built from. */
async function prunedWorkspaces(packageName: string): Promise<string[]> {
  const out = await mkdtemp(path.join(tmpdir(), 'cchc-prune-'));
  try {
    await promisify(execFile)('npx', ['turbo', 'prune', packageName, '--out-dir', out], { cwd: repoRoot });
    const lock = JSON.parse(await readFile(path.join(out, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    return Object.keys(lock.packages)
      .filter((key) => key && !key.includes('node_modules'))
      .sort();
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

it('builds the gateway without any subgraph: the contract is the supergraph file, and the registry is reached through its client', async () => {
  expect(await prunedWorkspaces('@cchc/gateway')).toEqual([
    'services/gateway',
    'services/kit',
    'services/unit-registry-client',
  ]);
});

it("builds the shell's server from its own package alone: it serves files and proxies, with no server kit", async () => {
  expect(await prunedWorkspaces('@cchc/shell-server')).toEqual(['frontends/shell-server']);
});

it('builds each subgraph from itself, the kit and the registry client: no subgraph reaches into another', async () => {
  const subgraphs = {
    '@cchc/unit-registry': ['services/kit', 'services/unit-registry'],
    '@cchc/inspection': ['services/inspection', 'services/kit', 'services/unit-registry-client'],
    '@cchc/e-government-metrics': [
      'services/e-government-metrics',
      'services/kit',
      'services/unit-registry-client',
    ],
    '@cchc/partner-staffing': ['services/kit', 'services/partner-staffing', 'services/unit-registry-client'],
  };
  for (const [name, workspaces] of Object.entries(subgraphs)) {
    expect(await prunedWorkspaces(name), name).toEqual(workspaces);
  }
});
