import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/views/ids.js';
import { FORGET_AT_MOST, forgetConfirmMessage, forgetMeConfirmMessage, forgetNothingMessage, forgetWhoMessage, forgotMeMessage, forgottenMessage } from '../../src/views/privacy.js';
import { removedThankYouDm } from '../../src/views/thank-you-dm.js';
import { allMrkdwn, buttons, checkedMessage } from './view-helpers.js';

function checks(count: number): { id: number; name: string }[] {
  return Array.from({ length: count }, (_, index) => ({ id: index + 1, name: 'Priya Raman' }));
}

describe('forgetConfirmMessage', () => {
  it('says how many invitations from them it found, and its button carries all of them', () => {
    const message = checkedMessage(forgetConfirmMessage('Priya Raman', checks(3)));
    expect(allMrkdwn(message.blocks)).toContain('I found 3 invitations from them that you checked.');
    expect(allMrkdwn(checkedMessage(forgetConfirmMessage('Priya Raman', checks(1))).blocks)).toContain('I found 1 invitation from them that you checked.');
    // The app calls them invitations everywhere: never "checks" as a thing to count.
    expect(allMrkdwn(message.blocks)).not.toMatch(/\bchecks? you made\b/);
    expect(buttons(message.blocks).find((b) => b.action_id === ACTIONS.forgetConfirm)?.value).toBe('1,2,3');
  });

  it('names three of the spellings they were checked under, and counts the rest', () => {
    const spellings = ['Robin Ellis', 'Robin Ellis (she/her)', 'Dr Robin Ellis', 'Robin E.', 'Robin Ellis, PhD'];
    const asked = (count: number) =>
      allMrkdwn(checkedMessage(forgetConfirmMessage('linkedin.com/in/robin-ellis', spellings.slice(0, count).map((name, index) => ({ id: index + 1, name })))).blocks);
    expect(asked(5)).toContain('Forget *Robin Ellis*, *Robin Ellis (she/her)*, *Dr Robin Ellis* and 2 other names? I found 5 invitations from them that you checked.');
    expect(asked(4)).toContain('*Dr Robin Ellis* and 1 other name? I found 4 invitations');
    expect(asked(3)).toContain('Forget *Robin Ellis*, *Robin Ellis (she/her)*, *Dr Robin Ellis*? I found 3 invitations');
    // The same name twice is one name.
    expect(allMrkdwn(checkedMessage(forgetConfirmMessage('Priya Raman', checks(4))).blocks)).toContain('Forget *Priya Raman*? I found 4 invitations');
  });

  it('says when one confirmation removes only some of them', () => {
    const message = checkedMessage(forgetConfirmMessage('Priya Raman', checks(FORGET_AT_MOST + 5)));
    expect(allMrkdwn(message.blocks)).toContain(`I found more than ${FORGET_AT_MOST} invitations from them that you checked; this removes ${FORGET_AT_MOST}, so run the same command again for the rest`);
    const value = buttons(message.blocks).find((b) => b.action_id === ACTIONS.forgetConfirm)?.value ?? '';
    expect(value.split(',')).toHaveLength(FORGET_AT_MOST);
  });
});

describe('forgetNothingMessage', () => {
  it('says where it looked in the words the app uses: invitations you checked', () => {
    expect(allMrkdwn(checkedMessage(forgetNothingMessage('Priya Raman')).blocks)).toBe(
      'I found nothing about *Priya Raman* among the invitations you checked. Try their profile URL, or their name as it appeared on the invitation.',
    );
  });
});

describe('forgetConfirmMessage: people who share a name', () => {
  const alexAtStripe = { id: 1, name: 'Alex Kim', headline: 'Engineer at Stripe', profileUrl: 'https://www.linkedin.com/in/alex-kim-stripe' };
  const alexAtHays = { id: 2, name: 'Alex Kim', headline: 'Recruiter at Hays', profileUrl: 'https://www.linkedin.com/in/alex-kim-hays' };

  it('lists each person when a name matches more than one, and says how to forget only one', () => {
    const text = allMrkdwn(checkedMessage(forgetConfirmMessage('Alex Kim', [alexAtStripe, alexAtHays])).blocks);
    expect(text).toContain('These look like 2 different people, and both would be forgotten:');
    expect(text).toContain('• *Alex Kim*, Engineer at Stripe, https://www.linkedin.com/in/alex-kim-stripe');
    expect(text).toContain('• *Alex Kim*, Recruiter at Hays');
    expect(text).toContain('use their profile URL instead of the name');
  });

  it('says "all of them" of three people', () => {
    const alexAtAcme = { id: 4, name: 'Alex Kim', headline: 'Designer at Acme', profileUrl: null };
    const text = allMrkdwn(checkedMessage(forgetConfirmMessage('Alex Kim', [alexAtStripe, alexAtHays, alexAtAcme])).blocks);
    expect(text).toContain('These look like 3 different people, and all of them would be forgotten:');
  });

  it('takes checks of one person, with and without a profile URL, for one person', () => {
    const again = { ...alexAtStripe, id: 3, profileUrl: null };
    const text = allMrkdwn(checkedMessage(forgetConfirmMessage('Alex Kim', [alexAtStripe, again])).blocks);
    expect(text).not.toContain('different people');
  });
});

describe('forgetWhoMessage', () => {
  it('shows how to name someone, with the brackets as typed', () => {
    const message = checkedMessage(forgetWhoMessage('/invite-check'));
    expect(allMrkdwn(message.blocks)).toContain('`/invite-check forget &lt;profile URL or name&gt;`');
    expect(message.text).not.toMatch(/[<>]/);
  });
});

describe('forget-me messages', () => {
  const none = { checks: 0, voices: 0, settings: 0, reviews: 0 };

  it('name only what there is, in plain English', () => {
    const asked = checkedMessage(forgetMeConfirmMessage({ ...none, voices: 1 }));
    // "1 word" would read as one literal word: what a teammate said is counted as comments.
    expect(allMrkdwn(asked.blocks)).toContain("That is 1 comment you left on a teammate's card.");
    expect(allMrkdwn(asked.blocks)).not.toMatch(/\b0 /);
    const done = checkedMessage(forgotMeMessage({ ...none, voices: 1 }));
    expect(allMrkdwn(done.blocks)).toContain("I removed 1 comment you left on a teammate's card.");
    expect(allMrkdwn(done.blocks)).not.toMatch(/\bwords?\b/);
    expect(allMrkdwn(done.blocks)).not.toMatch(/\b0 /);
  });

  it('says only what forgetting does for this person: no cards to blank without checks', () => {
    const voicesOnly = allMrkdwn(checkedMessage(forgetMeConfirmMessage({ ...none, voices: 2 })).blocks);
    expect(voicesOnly).not.toContain('Your cards in channels are blanked');
    expect(voicesOnly).toContain("Teammates' cards that quote your words or decisions are weighed again without them. It cannot be undone.");
    const settingsOnly = allMrkdwn(checkedMessage(forgetMeConfirmMessage({ ...none, settings: 1 })).blocks);
    expect(settingsOnly).toContain('That is your settings. It cannot be undone.');
    const checked = allMrkdwn(checkedMessage(forgetMeConfirmMessage({ ...none, checks: 1 })).blocks);
    expect(checked).toContain("Your cards in channels are blanked too, and teammates' cards that quote your words or decisions are weighed again without them.");
  });

  it('names the cached Slack profile when it is all that is held (a forget-me cut short), and only then', () => {
    const profileOnly = allMrkdwn(checkedMessage(forgetMeConfirmMessage({ ...none, profile: 1 })).blocks);
    expect(profileOnly).toContain('That is your name and time zone as Slack gave them to me. It cannot be undone.');
    expect(allMrkdwn(forgotMeMessage({ ...none, profile: 1 }).blocks)).toContain('I removed your name and time zone as Slack gave them to me.');
    expect(allMrkdwn(forgotMeMessage({ ...none, settings: 1, profile: 1 }).blocks)).toContain('I removed your settings.');
  });

  it('write large counts with thousands separators, comments as much as invitations', () => {
    expect(allMrkdwn(forgotMeMessage({ ...none, checks: 20_000, voices: 5_000 }).blocks)).toContain(
      "I removed 20,000 invitations you checked (with their decisions and reminders) and 5,000 comments you left on teammates' cards.",
    );
  });

  it('join two with "and", more with commas and a last "and"', () => {
    expect(allMrkdwn(forgotMeMessage({ ...none, checks: 2, settings: 1 }).blocks)).toContain(
      'I removed 2 invitations you checked (with their decisions and reminders) and your settings.',
    );
    expect(allMrkdwn(forgotMeMessage({ checks: 1, voices: 3, settings: 1, reviews: 2 }).blocks)).toContain(
      "I removed 1 invitation you checked (with its decisions and reminders), 3 comments you left on teammates' cards, your settings and 2 weekly review records.",
    );
  });

  it('say so when there was nothing left to remove, and count messages left to delete by hand', () => {
    const line = allMrkdwn(forgotMeMessage(none, 1).blocks);
    expect(line).toContain('There was nothing left to remove.');
    expect(line).not.toMatch(/\b0 /);
    expect(line).toContain('1 message (your cards, thank-you reminders, weekly reviews or the team digest) could not be blanked: please delete it by hand.');
    expect(allMrkdwn(forgottenMessage(1, 2).blocks)).toContain('except 2 messages Slack would not let me change: please delete them by hand.');
  });

  it('speak of one invitation in the singular, and of several in the plural', () => {
    expect(allMrkdwn(forgottenMessage(1).blocks)).toContain('I removed 1 invitation you checked, with its decisions, reasons, teammates\' comments and reminders, and blanked its card.');
    expect(allMrkdwn(forgottenMessage(3).blocks)).toContain('I removed 3 invitations you checked, with their decisions, reasons, teammates\' comments and reminders, and blanked the cards.');
  });
});

describe('cards Slack may have posted without saying where', () => {
  it('are named by their conversation, to delete by hand if they are there', () => {
    expect(allMrkdwn(forgottenMessage(1, 0, ['C0CHANNEL1']).blocks)).toContain(
      "blanked its card. Slack may also have posted a card about them in <#C0CHANNEL1> without telling me where, so I couldn't blank it: if it is there, please delete it by hand.",
    );
    const me = allMrkdwn(forgotMeMessage({ checks: 3, voices: 0, settings: 0, reviews: 0 }, 0, ['C0CHANNEL1', 'C0CHANNEL2', 'C0CHANNEL1']).blocks);
    expect(me).toContain('Slack may also have posted 3 of your cards in <#C0CHANNEL1> and <#C0CHANNEL2> without telling me where');
    expect(me).toContain('if they are there, please delete them by hand.');
  });

  it('never mention anything that is not a channel id', () => {
    const line = allMrkdwn(forgottenMessage(1, 0, ['<!channel>', 'D0OWNERDM1']).blocks);
    expect(line).not.toContain('<!channel>');
    expect(line).toContain('in the conversation where it was checked and the direct message where it was checked');
    expect(allMrkdwn(forgottenMessage(1).blocks)).not.toContain('may also have posted');
  });
});

describe('removedThankYouDm', () => {
  it('names nobody and offers no buttons', () => {
    const message = checkedMessage(removedThankYouDm('person'));
    expect(message.text).toBe(':wastebasket: You asked me to forget this person, so this reminder was removed.');
    expect(buttons(message.blocks)).toEqual([]);
  });

  it('speaks to the owner, who asked: after forget-me, of their own records', () => {
    // Only the owner reads this DM: "at its owner's request" spoke of them as someone else.
    expect(checkedMessage(removedThankYouDm('you')).text).toBe(':wastebasket: You asked me to forget your records, so this reminder was removed.');
  });
});

describe('a large forgetting leaves messages in Slack for later', () => {
  it('says how many are still to change and about when, and keeps the rest of the message', () => {
    const line = allMrkdwn(forgottenMessage(100, 2, [], { messages: 86, minutes: 10 }).blocks);
    expect(line).toContain("I removed 100 invitations you checked, with their decisions, reasons, teammates' comments and reminders. In Slack, 86 messages (");
    expect(line).toContain("are still to blank or update: I'll do that over about the next 10 minutes, a few a minute");
    expect(line).toContain('2 messages Slack would not let me change: please delete them by hand.');
    expect(line).not.toContain('blanked the cards');
  });

  it('counts long waits in hours, with thousands separators', () => {
    const line = allMrkdwn(forgotMeMessage({ checks: 20_000, voices: 0, settings: 0, reviews: 0 }, 0, [], { messages: 22_733, minutes: 1895 }).blocks);
    expect(line).toContain('Nothing about you is left in invite-check for this workspace. In Slack, 22,733 messages (your cards');
    expect(line).toContain('over about the next 32 hours');
    expect(allMrkdwn(forgotMeMessage({ checks: 1, voices: 0, settings: 0, reviews: 0 }, 0, [], { messages: 1, minutes: 5 }).blocks)).toContain('1 message (your cards, thank-you reminders, weekly reviews, the team digest or teammates\' cards that quoted you) is still to blank or update');
  });

  it('with nothing left for later, says what it always said', () => {
    expect(forgottenMessage(3, 0, [], { messages: 0, minutes: 0 })).toEqual(forgottenMessage(3));
  });
});
