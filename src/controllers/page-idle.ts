/**
 * Work that no reader waits for, done when the page is idle: one callback per page for
 * every card that asked (`requestIdleCallback`, at most 500 ms late; else a timeout), so a
 * page of a thousand cards paints them first and writes their extras after.
 */
type Task = () => void;

const queue = new Set<Task>();
let scheduled = false;

function runQueue(): void {
  scheduled = false;
  const tasks = [...queue];
  queue.clear();
  for (const task of tasks) task();
}

/** Runs `task` when the page is next idle; returns a function that cancels it. */
export function whenIdle(task: Task): () => void {
  queue.add(task);
  if (!scheduled) {
    scheduled = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(runQueue, {timeout: 500});
    else setTimeout(runQueue, 1);
  }
  return () => queue.delete(task);
}
