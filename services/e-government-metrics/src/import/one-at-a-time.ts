/**
 * Runs the tasks given to it one after another, in the order given: a task starts once the one before has
 * settled, whether it succeeded or failed.
 */
export function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const turn = last.then(task, task);
    last = turn.catch(() => undefined);
    return turn;
  };
}
