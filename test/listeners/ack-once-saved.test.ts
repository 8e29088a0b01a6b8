import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ackOnceSaved } from '../../src/listeners/ack-once-saved.js';
import { JsonLogger } from '../../src/logger.js';

type Response = { response_action: 'errors'; errors: Record<string, string> };

let lines: string[];
let acks: (Response | undefined)[];
const logger = () => new JsonLogger('debug', { write: (line: string) => lines.push(line) });
const ack = (response?: Response) => {
  acks.push(response);
  return Promise.resolve();
};

beforeEach(() => {
  lines = [];
  acks = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ackOnceSaved', () => {
  it('acks once, when saved, and not again when the wait runs out', async () => {
    const acker = ackOnceSaved<Response>(ack, { waitMs: 2000, logger: logger() });
    expect(acks).toEqual([]);
    await acker.saved();
    await acker.saved();
    await vi.advanceTimersByTimeAsync(5000);
    expect(acks).toEqual([undefined]);
    expect(lines.join('\n')).not.toContain('Acked before');
  });

  it('acks on its own once the wait runs out, and a refusal after that is not sent', async () => {
    const acker = ackOnceSaved<Response>(ack, { waitMs: 2000, logger: logger() });
    await vi.advanceTimersByTimeAsync(1999);
    expect(acks).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(acks).toEqual([undefined]);
    expect(lines.join('\n')).toContain('Acked before the input was stored');
    expect(await acker.refuse({ response_action: 'errors', errors: { name: 'No' } })).toBe(false);
    expect(acks).toHaveLength(1);
  });

  it('answers with the refusal when nothing was sent yet', async () => {
    const acker = ackOnceSaved<Response>(ack, { waitMs: 2000, logger: logger() });
    const refusal: Response = { response_action: 'errors', errors: { name: 'Try again' } };
    expect(await acker.refuse(refusal)).toBe(true);
    await acker.saved();
    await vi.advanceTimersByTimeAsync(5000);
    expect(acks).toEqual([refusal]);
  });

  it('logs an ack Bolt could not send, and does not throw it at the work that goes on', async () => {
    const acker = ackOnceSaved<Response>(() => Promise.reject(new Error('socket closed')), { waitMs: 2000, logger: logger() });
    await expect(acker.saved()).resolves.toBeUndefined();
    expect(lines.join('\n')).toContain('Could not ack the request; its work goes on all the same');
  });
});

describe('ackOnceSaved, refusing', () => {
  it('throws a refusal that could not be sent, so that Slack’s next delivery is handled', async () => {
    const refusal: Response = { response_action: 'errors', errors: { name: 'Try again' } };
    const acker = ackOnceSaved<Response>(() => Promise.reject(new Error('socket closed')), { waitMs: 2000, logger: logger() });
    await expect(acker.refuse(refusal)).rejects.toThrow('socket closed');
    // Logged as what it is: nothing was stored, so no work goes on.
    expect(lines.join('\n')).toContain('Could not send the refusal to Slack; nothing was stored');
    expect(lines.join('\n')).not.toContain('its work goes on');
  });
});
