import type { KnownBlock } from '@slack/types';
import type { ClaimedNudge, NudgeStatus } from '../db/nudges-repo.js';
import { draftThankYou } from '../domain/thank-you-note.js';
import { decisionChangedThankYouDm, removedThankYouDm, thankYouDm, type ThankYouEntry } from '../views/thank-you-dm.js';
import type { ServiceDeps } from './deps.js';
import { describeSlackFailure, slackErrorCode } from './slack-errors.js';

/** Where a thank-you DM is in Slack. */
export interface ThankYouDmLocation {
  channelId: string;
  ts: string;
}

/**
 * Why a thank-you DM is redrawn. It decides what the DM says once nobody in it is left to thank:
 * a forgotten person's reminder is gone from the records; one called off by a change of decision
 * is still there, cancelled (and maybe handed on to the owner's other accepted check of them).
 * Corrected details (Edit details) change only the name and draft it shows.
 */
export type ThankYouDmChange = { kind: 'forgotten'; who: 'person' | 'you' } | { kind: 'decision-changed'; handedOn: boolean } | { kind: 'details-corrected' } | { kind: 'clicked' };

export type ThankYouDms = ReturnType<typeof createThankYouDms>;

/**
 * Redraws thank-you DMs after something changed under them, the same way whatever the cause:
 * the people still listed keep their state and buttons, and a DM with nobody left to thank says
 * why instead of asking for a thank-you.
 */
export function createThankYouDms(deps: Pick<ServiceDeps, 'repos' | 'client' | 'users' | 'logger' | 'clock'>) {
  const { repos, client, logger, clock } = deps;

  /**
   * Redraws each DM as its reminders stand now. Returns how many Slack would not change (a DM
   * someone deleted counts as done), for the person to be told.
   */
  async function redraw(teamId: string, ownerId: string, dms: readonly ThankYouDmLocation[], change: ThankYouDmChange): Promise<number> {
    let failed = 0;
    const ownerName = lazyOwnerName(teamId, ownerId);
    for (const dm of uniqueDms(dms)) {
      try {
        await client.chat.update({ channel: dm.channelId, ts: dm.ts, ...(await messageFor(dm, repos.nudges.findByDm(teamId, dm.channelId, dm.ts), change, ownerName)) });
      } catch (error) {
        if (slackErrorCode(error) !== 'message_not_found') failed += 1;
        logger.warn('Could not redraw a thank-you DM', { teamId, cause: change.kind, failure: describeSlackFailure(error) });
      }
    }
    return failed;
  }

  /**
   * What a DM is to say now, as its reminders stand, after `change`: for a redraw made later (the
   * card catch-up job takes the DMs a large forgetting left). The drafts are signed by the owner
   * of the reminders still listed; with none left, no name is needed.
   */
  async function messageNow(teamId: string, dm: ThankYouDmLocation, change: ThankYouDmChange): Promise<{ text: string; blocks: KnownBlock[] }> {
    const left = repos.nudges.findByDm(teamId, dm.channelId, dm.ts);
    const ownerId = left[0]?.ownerId;
    const ownerName = ownerId === undefined ? async () => null : lazyOwnerName(teamId, ownerId);
    return messageFor(dm, left, change, ownerName);
  }

  /**
   * Redraws the DM a button was clicked in, as it stands now. The clicked reminder is in it even
   * when it has since come back in a newer DM (the records point there): the old DM then shows
   * where it stands, and no buttons a newer DM has. False when Slack would not redraw it.
   */
  async function redrawClicked(teamId: string, ownerId: string, dm: ThankYouDmLocation, clickedId: number): Promise<boolean> {
    const listed = repos.nudges.findByDm(teamId, dm.channelId, dm.ts);
    const clicked = listed.some((nudge) => nudge.id === clickedId) ? null : repos.nudges.findShown(teamId, clickedId);
    const shown = clicked === null ? listed : [...listed, clicked].sort((a, b) => a.id - b.id);
    try {
      await client.chat.update({ channel: dm.channelId, ts: dm.ts, ...(await messageFor(dm, shown, { kind: 'clicked' }, lazyOwnerName(teamId, ownerId))) });
      return true;
    } catch (error) {
      logger.warn('Could not redraw a thank-you DM', { teamId, cause: 'clicked', failure: describeSlackFailure(error) });
      return false;
    }
  }

  /** The owner's name for the drafts, asked of Slack at most once and only when a draft is shown. */
  function lazyOwnerName(teamId: string, ownerId: string): () => Promise<string | null> {
    let known: { name: string | null } | undefined;
    return async () => {
      known ??= { name: (await deps.users.profile(teamId, ownerId, clock())).realName };
      return known.name;
    };
  }

  return { redraw, redrawClicked, messageNow };
}

/**
 * What `dm` says, listing `left`, after `change`. With nobody left, it was forgotten; with every
 * reminder in it called off, only a change of decision does that (cancelOpen and the sweep's
 * check), and it says so by name.
 */
async function messageFor(
  dm: ThankYouDmLocation,
  left: readonly ClaimedNudge[],
  change: ThankYouDmChange,
  ownerName: () => Promise<string | null>,
): Promise<{ text: string; blocks: KnownBlock[] }> {
  if (left.length === 0) return removedThankYouDm(change.kind === 'forgotten' ? change.who : 'person');
  if (left.every((nudge) => nudge.status === 'cancelled')) {
    return decisionChangedThankYouDm(left.map((nudge) => nudge.person.name), change.kind === 'decision-changed' && change.handedOn);
  }
  const entries = left.map((nudge) => thankYouEntry(nudge, null, dm));
  // A draft is shown only beside buttons: never ask Slack for a name nobody will read.
  if (!entries.some((entry) => entry.state === 'open')) return thankYouDm(entries);
  const name = await ownerName();
  return thankYouDm(left.map((nudge) => thankYouEntry(nudge, name, dm)));
}

/** Each DM once, in the order given: two reminders in one DM redraw it once. */
function uniqueDms(dms: readonly ThankYouDmLocation[]): ThankYouDmLocation[] {
  const seen = new Set<string>();
  return dms.filter((dm) => {
    const key = `${dm.channelId}\u0000${dm.ts}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a DM shows each nudge: one being sent, or sent, still has its buttons; snoozed ones are scheduled again. */
const ENTRY_STATE: Record<NudgeStatus, ThankYouEntry['state']> = {
  scheduled: 'snoozed',
  sending: 'open',
  delivered: 'open',
  done: 'sent',
  skipped: 'skipped',
  cancelled: 'cancelled',
  retired: 'gone',
};

/**
 * How a nudge appears in a DM, with its drafted note. `drawnIn`: the DM being redrawn; a reminder
 * still open that came back in a newer DM shows its buttons only there.
 */
export function thankYouEntry(nudge: ClaimedNudge, ownerName: string | null, drawnIn: ThankYouDmLocation | null = null): ThankYouEntry {
  const movedOn = drawnIn !== null && nudge.dmTs !== null && (nudge.dmTs !== drawnIn.ts || nudge.dmChannelId !== drawnIn.channelId);
  const state = movedOn && ENTRY_STATE[nudge.status] === 'open' ? 'moved' : ENTRY_STATE[nudge.status];
  return {
    nudgeId: nudge.id,
    state,
    snoozedUntil: state === 'snoozed' ? nudge.dueAt : null,
    name: nudge.person.name,
    headline: nudge.person.headline,
    company: nudge.person.company,
    profileUrl: nudge.person.profileUrl,
    draft: draftThankYou(nudge.person, ownerName),
  };
}
