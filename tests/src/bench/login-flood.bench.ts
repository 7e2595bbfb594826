import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';

/**
 * Other callers' answers while wrong passwords pour in, against the same query with nobody logging in, in one run.
 * Each wrong password costs a bcrypt check (tens of milliseconds of CPU), run off the gateway's event loop, so the
 * ratio shows what the flood takes from everyone else (2–5 s an answer when bcrypt ran on the loop). The wrong
 * passwords come from ever new loopback addresses, so the per-address login throttle does not cut the flood short.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform('bench_login_flood');
});
afterAll(async () => {
  await platform?.stop();
});

const ask = async () => {
  const response = await platform.query(`{ unitByCode(code: "903", asOf: "2020-10-19") { name } }`);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
};

/** A wrong password from `from`, not waited for: the gateway holds each refusal a while before it answers. */
function wrongPassword(from: string) {
  const outgoing = httpRequest(`${platform.gateway.url}/auth/token`, {
    method: 'POST',
    localAddress: from,
    headers: { 'content-type': 'application/json' },
  });
  outgoing.on('response', (response) => response.resume());
  outgoing.on('error', () => {});
  outgoing.end(JSON.stringify({ username: `guess-${from}`, password: 'wrong password' }));
  return outgoing;
}

/** FLOOD_PER_SECOND wrong passwords a second, each from the next address, until stopped. */
const FLOOD_PER_SECOND = 20;
function flood(): () => void {
  const sent: ReturnType<typeof wrongPassword>[] = [];
  const timer = setInterval(() => {
    const next = sent.length;
    sent.push(wrongPassword(`127.0.${1 + Math.floor(next / 250)}.${1 + (next % 250)}`));
  }, 1000 / FLOOD_PER_SECOND);
  return () => {
    clearInterval(timer);
    for (const request of sent) request.destroy();
  };
}

let stopFlood: (() => void) | undefined;
const options = { time: 3000, warmupTime: 300 };

describe('a flood of wrong passwords', () => {
  bench('baseline: unitByCode, nobody logging in', ask, options);
  bench(`unitByCode while ${FLOOD_PER_SECOND} wrong passwords a second arrive from ever new addresses`, ask, {
    ...options,
    setup: () => {
      stopFlood ??= flood();
    },
    teardown: () => {
      stopFlood?.();
      stopFlood = undefined;
    },
  });
});
