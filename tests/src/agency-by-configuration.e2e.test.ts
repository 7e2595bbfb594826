import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { freePort } from '@cchc/kit/testing';
import { SUPERGRAPH_FILE } from '@cchc/schema';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/**
 * A second example agency (a provincial school of politics' cadre training per unit and year), written here
 * with Apollo's own tools only: it joins the served supergraph through composition and the gateway's
 * configuration, with no change to the gateway's code.
 */
const AGENCY_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Unit @key(fields: "id") {
    id: ID!
    "Officials of the unit trained by the agency in a year (null: no record for that year)."
    cadreTraining(year: Int!): CadreTraining
  }

  type CadreTraining {
    year: Int!
    trainedOfficials: Int!
    courses: Int!
  }
`;

interface Training {
  year: number;
  trainedOfficials: number;
  courses: number;
}

/** The agency's own records, keyed by the platform's unit id (what an entity reference carries). */
const records = new Map<string, Training[]>();

/** Where nothing should answer: the agency's routing URL in the supergraph, so only the configured URL can work. */
const NOWHERE = 'http://127.0.0.1:9/graphql';

let platform: TestPlatform;
let agency: { url: string; stop(): Promise<void> };
let gateway: { url: string; process: ChildProcess; output: string[] };
let workDir: string;

async function startAgency() {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(AGENCY_SDL),
      resolvers: {
        Unit: {
          __resolveReference: (reference: { id: string }) => reference,
          cadreTraining: ({ id }: { id: string }, { year }: { year: number }) =>
            records.get(id)?.find((record) => record.year === year) ?? null,
        },
      },
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

/** The committed SDLs of the platform's subgraphs, each routed to where the test platform runs it. */
async function platformSubgraphs() {
  const running = {
    'unit-registry': platform.unitRegistry.url,
    inspection: platform.inspection.url,
    'e-government-metrics': platform.metrics.url,
  };
  return Promise.all(
    Object.entries(running).map(async ([name, url]) => ({
      name,
      url: `${url}/graphql`,
      typeDefs: parse(await readFile(new URL(`subgraphs/${name}.graphql`, SUPERGRAPH_FILE), 'utf8')),
    })),
  );
}

/** The gateway's own process (`node dist/main.js`), started with nothing but its environment. */
async function startGatewayProcess(env: Record<string, string>) {
  const main = path.join(path.dirname(createRequire(import.meta.url).resolve('@cchc/gateway')), 'main.js');
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`gateway exited: ${output.join('')}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (waited > 30_000) throw new Error(`gateway did not start: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, process: child, output };
}

beforeAll(async () => {
  platform = await startPlatform('e2e_agency');
  agency = await startAgency();
  const ids = await platform.query<{ province: { id: string }; district: { id: string } }>(
    `{ province: unitByCode(code: "91", asOf: "2020-10-19") { id }
       district: unitByCode(code: "903", asOf: "2020-10-19") { id } }`,
  );
  records.set(ids.data!.province.id, [
    { year: 2019, trainedOfficials: 120, courses: 6 },
    { year: 2020, trainedOfficials: 148, courses: 9 },
  ]);
  records.set(ids.data!.district.id, [{ year: 2020, trainedOfficials: 31, courses: 2 }]);

  const composed = composeServices([
    ...(await platformSubgraphs()),
    { name: 'cadre-training', url: NOWHERE, typeDefs: parse(AGENCY_SDL) },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  workDir = await mkdtemp(path.join(tmpdir(), 'agency-'));
  const supergraphPath = path.join(workDir, 'supergraph.graphql');
  await writeFile(supergraphPath, composed.supergraphSdl);

  gateway = await startGatewayProcess({
    ...platform.authEnvironment,
    SUPERGRAPH_PATH: supergraphPath,
    SUBGRAPH_URL_CADRE_TRAINING: agency.url,
  });
}, 120_000);

afterAll(async () => {
  if (gateway && gateway.process.exitCode === null) {
    const exited = new Promise((resolve) => gateway.process.once('exit', resolve));
    gateway.process.kill('SIGTERM');
    await exited;
  }
  await agency?.stop();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const ask = async (query: string) => {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.adminToken}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
};

describe('another agency joins by configuration alone', () => {
  it("answers one query joining the registry's unit, the agency's field and the platform's findings", async () => {
    const answer = await ask(
      `{ province: unitByCode(code: "91", asOf: "2020-10-19") {
           name cadreTraining(year: 2020) { year trainedOfficials courses } findings { totalCount } }
         district: unitByCode(code: "903", asOf: "2020-10-19") {
           name cadreTraining(year: 2019) { trainedOfficials } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const direct = await platform.query<{ unitByCode: { findings: { totalCount: number } } }>(
      '{ unitByCode(code: "91", asOf: "2020-10-19") { findings { totalCount } } }',
    );
    expect(answer.data).toEqual({
      province: {
        name: 'Kiên Giang',
        cadreTraining: { year: 2020, trainedOfficials: 148, courses: 9 },
        findings: { totalCount: direct.data!.unitByCode.findings.totalCount },
      },
      district: { name: 'Hòn Đất', cadreTraining: null },
    });
  });

  it('lists the agency among the subgraphs it routes to, at the configured URL', async () => {
    const readiness = (await (await fetch(`${gateway.url}/readyz`)).json()) as {
      subgraphs: Record<string, string>;
    };
    expect(Object.keys(readiness.subgraphs).sort()).toEqual([
      'cadre-training',
      'e-government-metrics',
      'inspection',
      'unit-registry',
    ]);
    // The platform's subgraphs answer at the routing URLs composed into the supergraph; the agency's server
    // (which has no /readyz of its own) answers at the configured URL, where its routing URL has nothing.
    expect(readiness.subgraphs['unit-registry']).toBe('ready');
    expect(readiness.subgraphs['cadre-training']).not.toBe('unreachable');
  });
});
