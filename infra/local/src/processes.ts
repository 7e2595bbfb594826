import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How a process ended: its exit code, or the signal that ended it. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<ExitStatus>;
}

export const describeExit = ({ code, signal }: ExitStatus) =>
  signal ? `signal ${signal}` : `exit code ${code}`;

/** Starts a service's compiled entry point with its environment, its output prefixed with its name. */
export function startService(name: string, entry: URL, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', entry.pathname], {
    env: { ...process.env, ...env },
    // The IPC channel closes if this launcher dies, and the service then stops itself (see runService).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  const exited = new Promise<ExitStatus>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { name, child, exited };
}

/** Polls a URL until it answers 200, failing early if the process behind it exits. */
export async function waitUntilReady(
  service: ServiceProcess,
  url: string,
  timeoutMs = 300_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: ExitStatus | undefined;
  void service.exited.then((status) => {
    exit = status;
  });
  while (Date.now() < deadline) {
    if (exit) throw new Error(`${service.name} exited (${describeExit(exit)}) before it was ready`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready at ${url} after ${timeoutMs / 1000} s`);
}

/** Asks a service to stop (SIGTERM) and waits; kills it if it takes too long. */
export async function stopService(service: ServiceProcess, graceMs = 10_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}
