import { describe, expect, it } from 'vitest';
import { declineMessage } from '../../src/views/decline-message.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES } from '../support/hostile-text.js';
import { checkedMessage, HOSTILE_CASES } from './view-helpers.js';

const DRAFT = 'Hi Priya, thank you for reaching out. I keep my network to people I work with, so I will pass for now. All the best!';

describe('declineMessage', () => {
  it('says what was recorded and gives the draft in a code block', () => {
    const { text, blocks } = checkedMessage(declineMessage('Priya Raman', DRAFT));
    expect(text).toBe("Declined Priya Raman politely. Here's a message you can send them.");
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'context']);
    const [recorded, draft, hint] = collectMrkdwn(blocks);
    expect(recorded).toBe(":wave: Recorded: you declined *Priya Raman* politely, and I'll remember it if they ask again.");
    expect(draft).toBe(`Here's a friendly message you can send them:\n\`\`\`${DRAFT}\`\`\``);
    expect(hint).toContain('send it on the network yourself');
  });

  it('escapes the draft inside the code block, keeping its lines', () => {
    const [, draft] = collectMrkdwn(checkedMessage(declineMessage('Tom & Jerry', 'Hi Tom & Jerry,\n<3 thanks')).blocks);
    expect(draft).toBe("Here's a friendly message you can send them:\n```Hi Tom &amp; Jerry,\n&lt;3 thanks```");
  });

  it('never sends an empty code block', () => {
    const [, draft] = collectMrkdwn(checkedMessage(declineMessage('P', '  ')).blocks);
    expect(draft).toMatch(/```…```$/);
  });

  it.each(HOSTILE_CASES)('keeps %j harmless as a name and as a draft', (_label, value) => {
    const json = JSON.stringify(checkedMessage(declineMessage(value, value)));
    if (MARKUP_VALUES.includes(value)) expect(json).not.toContain(inJson(value));
  });
});
