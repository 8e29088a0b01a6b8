/**
 * Waits `ms`, or until `signal` fires, so a sweep paced by a long Retry-After never holds up a
 * shutdown. The signal is the process-wide one: its listener is removed when the timer fires, or
 * every wait of every sweep would leave one behind.
 */
export function abortableDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
