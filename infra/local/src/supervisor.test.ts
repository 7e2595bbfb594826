import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, processIsRunning } from '@cchc/kit/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RestartPolicy } from './restart-policy.js';
import {
  describeEvent,
  type SupervisedService,
  type SupervisorEvent,
  superviseService,
} from './supervisor.js';

/**
 * A stand-in service: answers every request with 200 on PORT; exits with code 78 at once when the
 * file BROKEN_MARKER names exists (a bad configuration); exits with code 3 CRASH_AFTER_MS after listening.
 */
const TINY_SERVICE = `
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
const { PORT, BROKEN_MARKER, CRASH_AFTER_MS } = process.env;
if (BROKEN_MARKER && existsSync(BROKEN_MARKER)) {
  console.error('bad configuration');
  process.exit(78);
}
createServer((_, response) => response.end('ok')).listen(Number(PORT), '127.0.0.1', () => {
  if (CRASH_AFTER_MS) setTimeout(() => process.exit(3), Number(CRASH_AFTER_MS));
});
`;

let folder: string;
let script: URL;
let marker: string;
const supervised: SupervisedService[] = [];
const events: { at: number; event: SupervisorEvent }[] = [];

async function superviseTiny(policy: Partial<RestartPolicy>, env: Record<string, string> = {}) {
  const port = await freePort();
  const service = await superviseService(
    {
      name: 'tiny',
      entry: script,
      env: { PORT: String(port), BROKEN_MARKER: marker, ...env },
      readyUrl: `http://127.0.0.1:${port}/readyz`,
    },
    {
      policy: { firstDelayMs: 100, maxDelayMs: 400, resetAfterMs: 60_000, maxStartFailures: 100, ...policy },
      onEvent: (_, event) => events.push({ at: Date.now(), event }),
    },
  );
  supervised.push(service);
  return { service, readyUrl: `http://127.0.0.1:${port}/readyz` };
}

const eventsOf = <K extends SupervisorEvent['kind']>(kind: K) =>
  events.filter((e) => e.event.kind === kind) as {
    at: number;
    event: Extract<SupervisorEvent, { kind: K }>;
  }[];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'supervisor-test-'));
  script = new URL(`file://${join(folder, 'tiny-service.mjs')}`);
  await writeFile(script, TINY_SERVICE);
  marker = join(folder, 'broken');
});
afterEach(async () => {
  for (const service of supervised.splice(0)) await service.stop();
  events.length = 0;
  if (existsSync(marker)) await rm(marker);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('a supervised service (real child processes)', () => {
  it('is restarted after the first delay when killed, with a new pid, and answers again', async () => {
    const { service, readyUrl } = await superviseTiny({ firstDelayMs: 200 });
    const firstPid = service.pid!;
    const killedAt = Date.now();
    process.kill(firstPid, 'SIGKILL');

    await expect.poll(() => eventsOf('back').length, { timeout: 5_000 }).toBe(1);
    const [exited] = eventsOf('exited');
    expect(exited?.event).toMatchObject({
      exit: { code: null, signal: 'SIGKILL' },
      failures: 1,
      restartInMs: 200,
    });
    const restarted = eventsOf('started').find((e) => e.event.restart === 1);
    expect(restarted!.at - killedAt).toBeGreaterThanOrEqual(200);
    expect(service.pid).toBe(restarted!.event.pid);
    expect(service.pid).not.toBe(firstPid);
    expect((await fetch(readyUrl)).status).toBe(200);
  }, 10_000);

  it('waits twice as long after each failure in a row, up to the maximum delay', async () => {
    await superviseTiny({ firstDelayMs: 100, maxDelayMs: 400 }, { CRASH_AFTER_MS: '300' });

    const restarts = () => eventsOf('started').filter((e) => e.event.restart > 0);
    await expect.poll(() => restarts().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const exits = eventsOf('exited').slice(0, 4);
    expect(exits.map((e) => e.event.failures)).toEqual([1, 2, 3, 4]);
    expect(exits.map((e) => e.event.restartInMs)).toEqual([100, 200, 400, 400]);
    // Each restart really waited its delay after the exit before it.
    exits.forEach((exit, index) => {
      expect(restarts()[index]!.at - exit.at).toBeGreaterThanOrEqual(exit.event.restartInMs - 1);
    });
    expect(exits.map((e) => e.event.exit)).toEqual(Array(4).fill({ code: 3, signal: null }));
  }, 20_000);

  it('is left down after exiting before it is ready the allowed number of times in a row, saying which and why', async () => {
    const { service } = await superviseTiny({ firstDelayMs: 50, maxDelayMs: 100, maxStartFailures: 3 });
    await writeFile(marker, '');
    process.kill(service.pid!, 'SIGKILL');

    await expect.poll(() => eventsOf('gave-up').length, { timeout: 10_000 }).toBe(1);
    const [gaveUp] = eventsOf('gave-up');
    expect(gaveUp?.event).toEqual({ kind: 'gave-up', exit: { code: 78, signal: null }, startFailures: 3 });
    // The first start and three restarts, then nothing more.
    await sleep(500);
    expect(eventsOf('started').map((e) => e.event.restart)).toEqual([0, 1, 2, 3]);
    expect(service.pid).toBeUndefined();
  }, 15_000);

  it('is not restarted when stopped while it waits to be restarted', async () => {
    const { service } = await superviseTiny({ firstDelayMs: 1_000 });
    process.kill(service.pid!, 'SIGKILL');
    await expect.poll(() => eventsOf('exited').length).toBe(1);

    const stopping = Date.now();
    await service.stop();
    expect(Date.now() - stopping).toBeLessThan(500);
    await sleep(1_500);
    expect(eventsOf('started')).toHaveLength(1);
  }, 10_000);

  it('is stopped (SIGTERM) and not restarted when stopped while running', async () => {
    const { service } = await superviseTiny({ firstDelayMs: 100 });
    const pid = service.pid!;
    await service.stop();

    expect(processIsRunning(pid)).toBe(false);
    await sleep(500);
    expect(eventsOf('exited')).toHaveLength(0);
    expect(eventsOf('started')).toHaveLength(1);
  }, 10_000);

  it('rejects when its first start exits before it is ready (the launcher then stops the platform)', async () => {
    await writeFile(marker, '');
    await expect(superviseTiny({})).rejects.toThrow('tiny exited (exit code 78) before it was ready');
  }, 10_000);
});

describe("the operator's lines", () => {
  it('name the service, its pid, how it ended, and the wait before the restart', () => {
    const exit = { code: null, signal: 'SIGKILL' as const };
    expect(describeEvent('inspection', { kind: 'started', pid: 41, restart: 0 })).toBe(
      'inspection started (pid 41)',
    );
    expect(
      describeEvent('inspection', {
        kind: 'exited',
        exit,
        uptimeMs: 12_340,
        failures: 2,
        restartInMs: 1_000,
      }),
    ).toBe(
      'inspection stopped unexpectedly (signal SIGKILL) after 12.3 s up; restarting in 1.0 s (failure 2 in a row)',
    );
    expect(describeEvent('inspection', { kind: 'started', pid: 42, restart: 2 })).toBe(
      'inspection restarted (pid 42, restart 2)',
    );
    expect(describeEvent('inspection', { kind: 'back', pid: 42, downMs: 3_050 })).toBe(
      'inspection is ready again (pid 42), 3.0 s after it stopped',
    );
    expect(
      describeEvent('inspection', { kind: 'gave-up', exit: { code: 78, signal: null }, startFailures: 8 }),
    ).toMatch(
      /^inspection exited before it was ready 8 times in a row \(last: exit code 78\): not restarting it\./,
    );
  });
});
