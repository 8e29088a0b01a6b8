/**
 * The forgetting's queue (migration 013) as the catch-up job reads it, over a real SQLite file:
 * messages Slack keeps refusing for a passing reason go behind the others, so they cannot stop the
 * rest of the queue from ever being changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivacyRepo, type ForgottenMessage, type PrivacyRepo } from '../../src/db/privacy-repo.js';
import { changeForgottenMessages } from '../../src/jobs/forgotten-messages.js';
import { JsonLogger } from '../../src/logger.js';
import { tempDatabase } from '../support/temp-db.js';
import { UNPACED } from './sweep-gate.js';

let database: ReturnType<typeof tempDatabase>;
let privacy: PrivacyRepo;

beforeEach(() => {
  database = tempDatabase();
  privacy = createPrivacyRepo(database.db);
});
afterEach(() => database.cleanup());

describe('the forgetting catch-up', () => {
  it('puts a message that failed behind the others: five that always fail hold up none of the seven behind them', async () => {
    const cards = Array.from({ length: 12 }, (_, i) => ({
      teamId: 'T0TEAM0001',
      channelId: 'C0CHANNEL1',
      ts: `1700000${String(i).padStart(3, '0')}.000100`,
      kind: 'card' as const,
      who: 'person' as const,
      userId: null,
      week: null,
    }));
    privacy.queueForgottenMessages(cards, new Date('2026-11-24T10:00:00Z'));
    // The five longest waiting: Slack answers 500 every time (the job's limit of five failures in a row).
    const failing = new Set(cards.slice(0, 5).map((card) => card.ts));
    const changed: string[] = [];
    const messages = {
      forgottenMessages: (limit: number) => privacy.forgottenMessages(limit),
      changeForgottenMessage: async (message: ForgottenMessage) => {
        if (failing.has(message.ts)) return { outcome: 'failed' as const, retryAfterSeconds: null };
        changed.push(message.ts);
        return { outcome: 'changed' as const, retryAfterSeconds: null };
      },
      forgottenMessageDone: (message: ForgottenMessage) => privacy.forgottenMessageDone(message),
      forgottenMessageFailed: (message: ForgottenMessage) => privacy.forgottenMessageFailed(message.id),
    };
    const logger = new JsonLogger('error', { write: () => undefined });
    for (let run = 0; run < 3; run += 1) await changeForgottenMessages({ messages, logger, pacer: UNPACED });
    expect(changed.sort()).toEqual(cards.slice(5).map((card) => card.ts));
    // The five still wait, each once, for Slack to take them.
    expect(privacy.forgottenMessages(100).map((message) => message.ts).sort()).toEqual([...failing].sort());
  });
});
