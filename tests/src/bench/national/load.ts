import autocannon from 'autocannon';

/** What a load run saw: latency percentiles (ms), throughput and failures. */
export interface LoadFigures {
  requests: number;
  failures: number;
  perSecond: number;
  p50: number;
  p95: number;
}

/**
 * `connections` callers, each sending its next request as soon as the last is answered, for `seconds`: a closed
 * loop, as users and BI tools load a server. `send(i)` sends the i-th request; a throw counts as a failure.
 * The client runs in this process, for the platform's requests and for the SQL baselines alike.
 */
export async function load(
  send: (index: number) => Promise<unknown>,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const sentAt = performance.now();
        try {
          await send(next++);
          latencies.push(performance.now() - sentAt);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  return figuresOf(latencies, failures, (performance.now() - started) / 1000);
}

function figuresOf(latencies: number[], failures: number, elapsedSeconds: number): LoadFigures {
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
  return {
    requests: latencies.length + failures,
    failures,
    perSecond: latencies.length / elapsedSeconds,
    p50: percentile(0.5),
    p95: percentile(0.95),
  };
}

/**
 * The same closed loop, from autocannon (loopback, keep-alive connections, a client far lighter than fetch): for
 * single requests whose body changes each time (`body(i)`). An answer other than HTTP 200 without GraphQL errors
 * is a failure.
 */
export async function autocannonLoad(options: {
  url: string;
  token: string;
  body: (index: number) => string;
  connections: number;
  seconds: number;
}): Promise<LoadFigures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        connections: options.connections,
        duration: options.seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        requests: [{ setupRequest: (request) => ({ ...request, body: options.body(next++) }) }],
        verifyBody: (body) => !String(body ?? '').includes('"errors"'),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
  const failures = result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0);
  return figuresOf(latencies, failures, (performance.now() - started) / 1000);
}
