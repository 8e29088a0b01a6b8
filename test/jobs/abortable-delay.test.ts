import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abortableDelay } from '../../src/jobs/abortable-delay.js';

describe('abortableDelay', () => {
  it('ends when the signal fires, long before its time (a minute: the test would time out)', async () => {
    const stopping = new AbortController();
    const waiting = abortableDelay(60_000, stopping.signal);
    stopping.abort();
    await waiting;
    expect(getEventListeners(stopping.signal, 'abort')).toHaveLength(0);
  });

  it('does not wait at all once the signal has fired', async () => {
    const stopping = new AbortController();
    stopping.abort();
    await abortableDelay(60_000, stopping.signal);
    expect(getEventListeners(stopping.signal, 'abort')).toHaveLength(0);
  });

  it('leaves no listener behind on the process-wide signal when the time comes', async () => {
    const stopping = new AbortController();
    for (let i = 0; i < 20; i += 1) await abortableDelay(1, stopping.signal);
    expect(getEventListeners(stopping.signal, 'abort')).toHaveLength(0);
  });

  it('waits without a signal', async () => {
    await expect(abortableDelay(1, undefined)).resolves.toBeUndefined();
  });
});
