import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/views/ids.js';
import { FORGET_AT_MOST, forgetConfirmMessage, forgetWhoMessage } from '../../src/views/privacy.js';
import { allMrkdwn, buttons, checkedMessage } from './view-helpers.js';

function checks(count: number): { id: number; name: string }[] {
  return Array.from({ length: count }, (_, index) => ({ id: index + 1, name: 'Priya Raman' }));
}

describe('forgetConfirmMessage', () => {
  it('says how many checks it found, and its button carries all of them', () => {
    const message = checkedMessage(forgetConfirmMessage('Priya Raman', checks(3)));
    expect(allMrkdwn(message.blocks)).toContain('I found 3 checks you made of them.');
    expect(buttons(message.blocks).find((b) => b.action_id === ACTIONS.forgetConfirm)?.value).toBe('1,2,3');
  });

  it('says when one confirmation removes only some of them', () => {
    const message = checkedMessage(forgetConfirmMessage('Priya Raman', checks(FORGET_AT_MOST + 5)));
    expect(allMrkdwn(message.blocks)).toContain(`this removes ${FORGET_AT_MOST}, so run the same command again for the rest`);
    const value = buttons(message.blocks).find((b) => b.action_id === ACTIONS.forgetConfirm)?.value ?? '';
    expect(value.split(',')).toHaveLength(FORGET_AT_MOST);
  });
});

describe('forgetWhoMessage', () => {
  it('shows how to name someone, with the brackets as typed', () => {
    const message = checkedMessage(forgetWhoMessage('/invite-check'));
    expect(allMrkdwn(message.blocks)).toContain('`/invite-check forget &lt;profile URL or name&gt;`');
    expect(message.text).not.toMatch(/[<>]/);
  });
});
