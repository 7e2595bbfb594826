import {
  describeExit,
  type ExitStatus,
  type ServiceProcess,
  startService,
  stopService,
  waitUntilReady,
} from './processes.js';
import {
  defaultRestartPolicy,
  failuresInARow,
  type RestartPolicy,
  restartDelayMs,
} from './restart-policy.js';

export interface ServiceDefinition {
  name: string;
  /** The compiled entry point, run with this launcher's Node. */
  entry: URL;
  env: Record<string, string>;
  /** Answers 200 once the service takes requests. */
  readyUrl: string;
}

/** What happens to a supervised service, as it happens (`restart` is 0 for the first start). */
export type SupervisorEvent =
  | { kind: 'started'; pid: number | undefined; restart: number }
  | { kind: 'exited'; exit: ExitStatus; uptimeMs: number; failures: number; restartInMs: number }
  | { kind: 'back'; pid: number | undefined; downMs: number }
  | { kind: 'gave-up'; exit: ExitStatus; startFailures: number };

export interface SupervisedService {
  readonly name: string;
  /** The process running now; none while waiting to restart or once given up. */
  readonly pid: number | undefined;
  /** Stops the service, and any restart to come. */
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  policy?: RestartPolicy;
  onEvent: (name: string, event: SupervisorEvent) => void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The operator's line for an event. */
export function describeEvent(name: string, event: SupervisorEvent): string {
  switch (event.kind) {
    case 'started':
      return event.restart === 0
        ? `${name} started (pid ${event.pid})`
        : `${name} restarted (pid ${event.pid}, restart ${event.restart})`;
    case 'exited':
      return `${name} stopped unexpectedly (${describeExit(event.exit)}) after ${seconds(event.uptimeMs)} up; restarting in ${seconds(event.restartInMs)} (failure ${event.failures} in a row)`;
    case 'back':
      return `${name} is ready again (pid ${event.pid}), ${seconds(event.downMs)} after it stopped`;
    case 'gave-up':
      return `${name} exited before it was ready ${event.startFailures} times in a row (last: ${describeExit(event.exit)}): not restarting it. Its output above says why; fix that and start the platform again.`;
  }
}

/**
 * Starts a service and waits until it is ready (rejecting if it exits first, as a bad configuration
 * does), then keeps it running: each time it exits, it is started again after the policy's backoff,
 * until it fails to become ready `maxStartFailures` times in a row or `stop()` is called.
 */
export async function superviseService(
  definition: ServiceDefinition,
  { policy = defaultRestartPolicy, onEvent }: SupervisorOptions,
): Promise<SupervisedService> {
  const { name, entry, env, readyUrl } = definition;
  let current: ServiceProcess | undefined;
  let stopped = false;
  /** Ends the wait before a restart early, when stopping. */
  let cutWaitShort = () => {};

  const launch = (restart: number) => {
    current = startService(name, entry, env);
    onEvent(name, { kind: 'started', pid: current.child.pid, restart });
    return current;
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      cutWaitShort = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const keepRunning = async (first: ServiceProcess) => {
    let service = first;
    let startedAt = Date.now();
    let failures = 0;
    let startFailures = 0;
    for (let restart = 1; ; restart++) {
      const exit = await service.exited;
      if (stopped) return;
      const diedAt = Date.now();
      current = undefined;
      if (startFailures >= policy.maxStartFailures) {
        onEvent(name, { kind: 'gave-up', exit, startFailures });
        return;
      }
      failures = failuresInARow(policy, failures, diedAt - startedAt);
      const restartInMs = restartDelayMs(policy, failures);
      onEvent(name, { kind: 'exited', exit, uptimeMs: diedAt - startedAt, failures, restartInMs });
      await pause(restartInMs);
      if (stopped) return;
      service = launch(restart);
      startedAt = Date.now();
      const ready = await waitUntilReady(service, readyUrl).then(
        () => true,
        () => false,
      );
      if (ready) {
        startFailures = 0;
        onEvent(name, { kind: 'back', pid: service.child.pid, downMs: Date.now() - diedAt });
      } else if (service.child.exitCode !== null || service.child.signalCode !== null) {
        startFailures++;
      }
    }
  };

  const first = launch(0);
  await waitUntilReady(first, readyUrl).catch(async (error) => {
    await stopService(first);
    throw error;
  });
  void keepRunning(first);
  return {
    name,
    get pid() {
      return current?.child.pid;
    },
    stop: async () => {
      stopped = true;
      cutWaitShort();
      if (current) await stopService(current);
    },
  };
}
