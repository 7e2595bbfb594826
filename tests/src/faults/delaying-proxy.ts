import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a service that can hold back the service's answers: each chunk the service sends is
 * passed on `delayMs` after it arrived (in order), so that a request looks like a slow service to its caller. It
 * counts the connections its callers hold open, which is how a caller's leaked sockets show.
 */
export async function startDelayingProxy() {
  let target: URL | undefined;
  let delayMs = 0;
  const open = new Set<Socket>();

  const server = createServer((caller) => {
    if (!target) return caller.destroy();
    open.add(caller);
    const service = connect(Number(target.port), target.hostname);
    const held = new Set<NodeJS.Timeout>();
    let lastRelease = 0;
    const later = (action: () => void) => {
      // Never before a chunk held earlier: order is kept when the delay shrinks.
      lastRelease = Math.max(Date.now() + delayMs, lastRelease);
      const timer = setTimeout(() => {
        held.delete(timer);
        action();
      }, lastRelease - Date.now());
      held.add(timer);
    };
    service.on('data', (chunk) => later(() => caller.write(chunk)));
    service.on('end', () => later(() => caller.end()));
    caller.pipe(service);
    const close = () => {
      for (const timer of held) clearTimeout(timer);
      open.delete(caller);
      caller.destroy();
      service.destroy();
    };
    caller.on('close', close);
    caller.on('error', close);
    service.on('error', close);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    /** Where connections go: the service's origin, known once it has started. */
    forwardTo: (origin: string) => {
      target = new URL(origin);
    },
    delay: (ms: number) => {
      delayMs = ms;
    },
    /** Connections callers hold open to the proxy now. */
    openConnections: () => open.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const caller of open) caller.destroy();
        server.close(() => resolve());
      }),
  };
}
