/** Resolves once `done` holds, polling; rejects with `what` after `deadlineMs`. */
export async function waitFor(done: () => boolean, deadlineMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > deadlineMs) throw new Error(`${what} within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}
