import { readdir, readFile } from 'node:fs/promises';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

const root = new URL('../../', import.meta.url);

/** Every ```graphql block of the root README, in order, with the heading it stands under. */
async function readmeExamples(): Promise<{ heading: string; source: string }[]> {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const examples: { heading: string; source: string }[] = [];
  let heading = '';
  for (const block of readme.split(/^```/m).map((part, i) => ({ part, fenced: i % 2 === 1 }))) {
    if (!block.fenced) {
      heading = block.part.match(/^#+ .*$/gm)?.at(-1) ?? heading;
      continue;
    }
    if (block.part.startsWith('graphql\n'))
      examples.push({ heading, source: block.part.slice('graphql\n'.length) });
  }
  return examples;
}

let platform: TestPlatform;

beforeAll(async () => {
  // With the partner agency's subgraph, so that the README's federation example runs too.
  platform = await startPlatform('e2e_readme', { withPartners: true });
});
afterAll(() => platform?.stop());

describe("the README's GraphQL examples", () => {
  it('are there to test', async () => {
    expect((await readmeExamples()).length).toBeGreaterThanOrEqual(4);
  });

  it('each holds one named operation that runs on its own through the gateway without an error', async () => {
    for (const { heading, source } of await readmeExamples()) {
      const operations = parse(source).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations, `${heading}: one operation per block`).toHaveLength(1);
      expect(operations[0]!.name?.value, `${heading}: the operation is named`).toBeTruthy();
      const { status, data, errors } = await platform.query(source);
      expect({ heading, status, errors }).toEqual({ heading, status: 200, errors: undefined });
      expect(
        Object.values(data ?? {}).every((value) => value !== null),
        `${heading}: ${JSON.stringify(data)}`,
      ).toBe(true);
    }
  });
});

describe("the README's layout", () => {
  it('names every workspace package with its folder', async () => {
    const readme = await readFile(new URL('README.md', root), 'utf8');
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Tests'));
    const { workspaces } = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {
      workspaces: string[];
    };
    const folders = (
      await Promise.all(
        workspaces.map(async (pattern) =>
          pattern.endsWith('/*')
            ? (await readdir(new URL(pattern.slice(0, -1), root))).map((name) => pattern.slice(0, -1) + name)
            : [pattern],
        ),
      )
    ).flat();
    const packages = (
      await Promise.all(
        folders.map((folder) =>
          readFile(new URL(`${folder}/package.json`, root), 'utf8').then(
            (text) => ({ folder, name: (JSON.parse(text) as { name: string }).name }),
            () => null,
          ),
        ),
      )
    ).filter((p) => p !== null);
    expect(packages.length).toBeGreaterThanOrEqual(13);
    const missing = packages.filter(
      ({ folder, name }) => !new RegExp(`${name}\\s+${folder}/?\\s`).test(layout),
    );
    expect(missing).toEqual([]);
  });
});
