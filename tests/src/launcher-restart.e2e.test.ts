import { processIsRunning } from '@cchc/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, startLauncher } from './testkit/launcher.js';
import type { GraphQLResponse } from './testkit/platform.js';

/*
 * `npm start`'s launcher as a user runs it, on the test's PostgreSQL server and on free ports; the test kills the
 * inspection subgraph's process and watches the platform get over it.
 */

/**
 * Unit-registry only: asked for one unit before the kill (so the gateway has planned it) and for another after,
 * so that no cached answer can stand in for the registry.
 */
const REGISTRY_ONLY = 'query ($code: String!) { unitByCode(code: $code, asOf: "2020-10-19") { name } }';
/** A unit from unit-registry with the field inspection adds to it: an inspection outage nulls only that field. */
const WITH_INSPECTION = '{ unitByCode(code: "903", asOf: "2020-10-19") { name findings { totalCount } } }';
const PARTIAL = { unitByCode: { name: 'Hòn Đất', findings: null } };
const FULL = { unitByCode: { name: 'Hòn Đất', findings: { totalCount: expect.any(Number) } } };
/** Callers that keep asking while inspection dies and comes back. */
const CONCURRENT_CALLERS = 8;
const RESTART_BOUND_MS = 30_000;

let platform: Launched;
let adminToken: string;

/** Every answer is in full, or partial with only inspection's field missing and inspection named unavailable. */
function isFullOrNamedPartial(response: GraphQLResponse): boolean {
  if (response.status !== 200) return false;
  const unit = (response.data as { unitByCode?: { findings: { totalCount: number } | null } } | undefined)
    ?.unitByCode;
  if (response.errors === undefined) return typeof unit?.findings?.totalCount === 'number';
  return (
    JSON.stringify(response.data) === JSON.stringify(PARTIAL) &&
    response.errors.every(
      (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.serviceName === 'inspection',
    )
  );
}

/** CONCURRENT_CALLERS loops sending one query until stopped; answers the responses they got. */
function keepAsking(document: string) {
  const responses: GraphQLResponse[] = [];
  let stopped = false;
  const callers = Array.from({ length: CONCURRENT_CALLERS }, async () => {
    while (!stopped) responses.push(await query(document));
  });
  return async () => {
    stopped = true;
    await Promise.all(callers);
    return responses;
  };
}

const query = (document: string, variables?: Record<string, unknown>) =>
  platform.query(adminToken, document, variables);

beforeAll(async () => {
  // The callers that keep asking through the restart are one client, and ask more than a person would.
  platform = await startLauncher('e2e_launcher', { RATE_LIMIT_PER_MINUTE: '100000' });
  adminToken = await platform.login('admin');
}, 300_000);

afterAll(async () => {
  await platform?.stop();
});

describe('the launcher (npm start) when the inspection subgraph dies', () => {
  it('keeps answering from the other subgraphs under load, restarts inspection, and answers in full again without restarting the gateway', async () => {
    const [gatewayPid] = platform.pidsOf('gateway');
    const [inspectionPid] = platform.pidsOf('inspection');
    expect(gatewayPid).toEqual(expect.any(Number));
    expect(inspectionPid).toEqual(expect.any(Number));
    expect((await query(REGISTRY_ONLY, { code: '903' })).data).toEqual({ unitByCode: { name: 'Hòn Đất' } });

    const stopAsking = keepAsking(WITH_INSPECTION);
    await expect.poll(() => query(WITH_INSPECTION).then((r) => r.data)).toEqual(FULL);
    process.kill(inspectionPid!, 'SIGKILL');
    const diedAt = performance.now();

    const registryOnly = await query(REGISTRY_ONLY, { code: '91' });
    const registryAnsweredMs = performance.now() - diedAt;
    expect(registryOnly).toEqual({ status: 200, data: { unitByCode: { name: 'Kiên Giang' } } });

    const partial = await query(WITH_INSPECTION);
    expect(partial.data).toEqual(PARTIAL);
    expect(partial.errors).toContainEqual(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', serviceName: 'inspection' }),
      }),
    );

    let full: GraphQLResponse | undefined;
    await expect
      .poll(
        async () => {
          full = await query(WITH_INSPECTION);
          return full.errors;
        },
        { timeout: RESTART_BOUND_MS, interval: 200 },
      )
      .toBeUndefined();
    const fullAnswerBackMs = performance.now() - diedAt;
    expect(full?.data).toEqual(FULL);
    const underLoad = await stopAsking();
    const partials = underLoad.filter((r) => r.errors !== undefined).length;
    expect(underLoad.filter((r) => !isFullOrNamedPartial(r))).toEqual([]);
    expect(partials).toBeGreaterThan(0);
    expect(underLoad.length - partials).toBeGreaterThan(0);

    // Inspection runs again as a new process; the gateway is the one process it was from the start.
    expect(platform.pidsOf('inspection')).toHaveLength(2);
    expect(platform.pidsOf('inspection')[1]).not.toBe(inspectionPid);
    expect(processIsRunning(platform.pidsOf('inspection')[1]!)).toBe(true);
    expect(platform.pidsOf('gateway')).toEqual([gatewayPid]);
    expect(processIsRunning(gatewayPid!)).toBe(true);
    expect(platform.output).toContainEqual(
      expect.stringMatching(/^inspection stopped unexpectedly \(signal SIGKILL\)/),
    );
    // The launcher polls /readyz, so it may see inspection back a moment after the gateway did.
    await expect
      .poll(() => platform.output.some((line) => line.startsWith('inspection is ready again')))
      .toBe(true);

    console.log(
      `death → registry-only query answered: ${registryAnsweredMs.toFixed(0)} ms; ` +
        `death → full answer back: ${fullAnswerBackMs.toFixed(0)} ms; under load from ${CONCURRENT_CALLERS} callers: ` +
        `${underLoad.length - partials} full and ${partials} partial answers, no other`,
    );
  }, 60_000);

  it('stops every service, restarting none, when the launcher gets SIGTERM', async () => {
    const services = ['unit-registry', 'e-government-metrics', 'inspection', 'gateway', 'shell'] as const;
    const pids = services.flatMap((service) => platform.pidsOf(service));
    const { output } = platform;
    const stoppingFrom = output.length;

    platform.process.kill('SIGTERM');
    expect(await platform.exited).toBe(0);

    expect(pids.filter(processIsRunning)).toEqual([]);
    const afterStop = output.slice(stoppingFrom);
    expect(afterStop).toContain('Stopped.');
    expect(afterStop.filter((line) => /^\S+ (restarted|stopped unexpectedly)/.test(line))).toEqual([]);
  }, 60_000);
});
