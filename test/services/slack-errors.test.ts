import { ErrorCode, type WebAPIPlatformError, type WebAPIRequestError } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { dmCardNotice, ephemeralCardNotice } from '../../src/services/invitations/index.js';
import { describeSlackFailure, slackDidNotAnswer } from '../../src/services/slack-errors.js';

/** The WebClient's errors, by their documented shape. */
function requestError(message: string): WebAPIRequestError {
  return Object.assign(new Error(message), { code: ErrorCode.RequestError, original: new Error(message) }) as WebAPIRequestError;
}

function platformError(error: string): WebAPIPlatformError {
  return Object.assign(new Error(`An API error occurred: ${error}`), { code: ErrorCode.PlatformError, data: { ok: false, error } }) as WebAPIPlatformError;
}

describe('slackDidNotAnswer', () => {
  it('is true for a call that got no answer: a timeout, a dropped or refused connection', () => {
    expect(slackDidNotAnswer(requestError('timeout of 1000ms exceeded'))).toBe(true);
    expect(slackDidNotAnswer(requestError('socket hang up'))).toBe(true);
    expect(slackDidNotAnswer(requestError('connect ECONNREFUSED 127.0.0.1:1'))).toBe(true);
  });

  it('is false for an answer that says no, and for anything that is not the WebClient’s', () => {
    expect(slackDidNotAnswer(platformError('not_in_channel'))).toBe(false);
    expect(slackDidNotAnswer({ code: ErrorCode.HTTPError, statusCode: 500 })).toBe(false);
    expect(slackDidNotAnswer({ code: ErrorCode.RateLimitedError, retryAfter: 3 })).toBe(false);
    expect(slackDidNotAnswer(new Error('timeout'))).toBe(false);
    expect(slackDidNotAnswer(null)).toBe(false);
    expect(describeSlackFailure(requestError('timeout of 1000ms exceeded'))).toBe('timeout of 1000ms exceeded');
  });
});

describe('the notice above a card shown somewhere else', () => {
  it('after no answer, says so and that either copy works, never that Slack refused', () => {
    for (const notice of [ephemeralCardNotice('no-answer', 'C0CHANNEL1'), dmCardNotice('no-answer', 'C0CHANNEL1'), dmCardNotice('no-answer', 'D0OTHER001')]) {
      expect(notice).toContain("Slack didn't answer in time");
      expect(notice).toContain('either copy works');
      expect(notice).not.toMatch(/wouldn't let me|couldn't post|not a member|\/invite/);
    }
    expect(ephemeralCardNotice('no-answer', 'C0CHANNEL1')).toContain('visible only to you');
    expect(dmCardNotice('no-answer', 'C0CHANNEL1')).toContain('<#C0CHANNEL1>');
    expect(dmCardNotice('no-answer', 'D0OTHER001')).toContain('where you checked it');
  });

  it('after a refusal, says what it said before', () => {
    expect(ephemeralCardNotice('other', 'C0CHANNEL1')).toMatch(/^Slack wouldn't let me post this card/);
    expect(ephemeralCardNotice('archived', 'C0CHANNEL1')).toContain('This channel is archived');
    expect(ephemeralCardNotice('not-member', 'C0CHANNEL1')).toContain('/invite @invite-check');
    expect(ephemeralCardNotice('not-member', 'D0OTHER001')).toContain("I can't post in this direct message");
    expect(dmCardNotice('not-member', 'C0CHANNEL1')).toBe("I couldn't post this card in <#C0CHANNEL1>, so here it is. Add me to that channel with `/invite @invite-check` to share cards there.");
    expect(dmCardNotice('archived', 'C0CHANNEL1')).toContain('which is archived');
    expect(dmCardNotice('archived', 'D0OTHER001')).toBe("I couldn't post this card where you checked it, so here it is.");
    expect(dmCardNotice('other', null)).toBe("I couldn't post this card where you checked it, so here it is.");
    expect(dmCardNotice('other', 'C0CHANNEL1')).toBe("I couldn't post this card in <#C0CHANNEL1>, so here it is.");
  });

  it('after a refusal that will not pass, says so, with no "just now" and no /invite that would not help', () => {
    expect(ephemeralCardNotice('refused', 'C0CHANNEL1')).toBe(
      "Slack won't let me post this card in this conversation, so here it is, visible only to you. The invitation is saved.",
    );
    expect(dmCardNotice('refused', 'C0CHANNEL1')).toBe("Slack won't let me post this card in <#C0CHANNEL1>, so here it is.");
    expect(dmCardNotice('refused', 'G0MPIM0001', true)).toBe("Slack won't let me post this card in the group DM where you checked it, so here it is.");
  });

  it('in a group DM, suggests no /invite, which cannot work there, but where the app can post', () => {
    const ephemeral = ephemeralCardNotice('not-member', 'G0MPIM0001', true);
    expect(ephemeral).toContain("I can't post in this group DM");
    expect(ephemeral).toContain("channels I'm in");
    expect(dmCardNotice('not-member', 'G0MPIM0001', true)).toBe(
      "I couldn't post this card in the group DM where you checked it, so here it is. To share cards with your team, check invitations in a channel I'm in.",
    );
    expect(dmCardNotice('no-answer', 'G0MPIM0001', true)).toContain('in the group DM where you checked it');
    for (const notice of [ephemeral, dmCardNotice('not-member', 'G0MPIM0001', true), dmCardNotice('archived', 'G0MPIM0001', true)]) {
      expect(notice).not.toMatch(/\/invite|<#G0MPIM0001>/);
    }
    // A private channel may have a G… id too: there /invite works.
    expect(ephemeralCardNotice('not-member', 'G0PRIVATE1')).toContain('/invite @invite-check');
  });
});
