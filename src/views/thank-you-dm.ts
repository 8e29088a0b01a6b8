import type { KnownBlock } from '@slack/types';
import { roleLine } from './blocks.js';
import { codeBlock, inertText, mrkdwn, profileLink, slackDate, text, truncate } from './format.js';
import { ACTIONS } from './ids.js';
import { blocksWithinBudget } from './text-budget.js';

/** One person in a thank-you DM, with where their reminder stands. */
export interface ThankYouEntry {
  nudgeId: number;
  /** `moved`: still open, but it came back in a newer DM, where its buttons are. */
  state: 'open' | 'sent' | 'snoozed' | 'skipped' | 'cancelled' | 'gone' | 'moved';
  /** When a snoozed nudge comes back. */
  snoozedUntil: Date | null;
  name: string;
  headline: string | null;
  company: string | null;
  profileUrl: string | null;
  draft: string;
}

/** At most this many people per DM keeps each message well inside the 50-block limit (4 blocks each). */
export const THANK_YOUS_PER_DM = 10;

/**
 * What a DM quotes of each person's name, headline and company (null: no role line), most first.
 * A DM past MESSAGE_TEXT_BUDGET (Slack refuses a message whose blocks hold too much text in all) is
 * drawn again with the next. The drafts are never cut: they are what the owner copies.
 */
interface PersonCaps {
  name: number;
  role: { headline: number; company: number } | null;
}

const PERSON_CAPS: readonly [PersonCaps, ...PersonCaps[]] = [
  { name: 100, role: { headline: 300, company: 200 } },
  { name: 100, role: { headline: 120, company: 80 } },
  { name: 60, role: { headline: 60, company: 40 } },
  { name: 40, role: null },
];

export function thankYouDm(entries: readonly ThankYouEntry[]): { text: string; blocks: KnownBlock[] } {
  const open = entries.filter((entry) => entry.state === 'open').length;
  const accepted = entries.length === 1 ? 'a connection invitation' : `${entries.length} connection invitations`;
  // Once none is open, no note is shown: the line must not offer one.
  const offer = open === 0 ? '' : open === 1 ? " here's a note you can copy." : ' here are notes you can copy.';
  const intro = `You recently accepted ${accepted}. A short thank-you goes a long way${offer === '' ? '.' : `;${offer}`}`;
  const blocks = blocksWithinBudget(PERSON_CAPS, (caps) => {
    const drawn: KnownBlock[] = [{ type: 'section', text: mrkdwn(intro) }];
    for (const entry of entries.slice(0, THANK_YOUS_PER_DM)) {
      drawn.push({ type: 'divider' }, personSection(entry, caps), ...entryBlocks(entry));
    }
    return drawn;
  });
  // Escaped once, by text(): the names stay raw until the whole line is escaped and cut.
  const names = entries.map((entry) => truncate(entry.name, 100)).join(', ');
  const fallback = open > 0 ? `Time to say thanks: ${names}` : `Thank-you reminders: ${names}`;
  return { text: text(fallback, 2000), blocks };
}

/**
 * A thank-you DM after every person it listed was forgotten: it names nobody and has no buttons
 * left to press. Only its owner reads it, and they asked: `who` says whether they had the person
 * forgotten, or their own records (forget-me).
 */
export function removedThankYouDm(who: 'person' | 'you'): { text: string; blocks: KnownBlock[] } {
  const line =
    who === 'person'
      ? ':wastebasket: You asked me to forget this person, so this reminder was removed.'
      : ':wastebasket: You asked me to forget your records, so this reminder was removed.';
  return { text: line, blocks: [{ type: 'section', text: mrkdwn(line) }] };
}

/**
 * A thank-you DM whose every reminder was called off because the owner changed their decision:
 * it says so by name (escaped) and has no buttons left to press. `handedOn`: the reminder moved to
 * the owner's other accepted check of the same person, whose DM comes in its turn.
 */
export function decisionChangedThankYouDm(names: readonly string[], handedOn: boolean): { text: string; blocks: KnownBlock[] } {
  const lineAbout = (who: string): string =>
    handedOn
      ? `You changed your decision on ${who}, so this reminder is closed. Your other accepted invitation from them has its own.`
      : `No thank-you needed: you changed your decision on ${who}.`;
  // The notification is shown plain: escaped once, whole. In the message, each name is inert, so a
  // "Jo *Ann* Smith" is not drawn half in bold (at most ten names of 100 characters: within a section).
  const shown = lineAbout(joinNames(names.map((name) => inertText(name, 100))));
  return { text: text(lineAbout(joinNames(names.map((name) => truncate(name, 100)))), 2000), blocks: [{ type: 'section', text: mrkdwn(truncate(shown, 2900)) }] };
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'this person';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Where one reminder stands now, in a sentence, for a click whose DM could not be redrawn. */
export function reminderNowLine(entry: Pick<ThankYouEntry, 'state' | 'name' | 'snoozedUntil'>): string {
  // Shown as a message, in mrkdwn: inert, so the name's own * or _ format nothing.
  const name = inertText(entry.name, 100);
  switch (entry.state) {
    case 'open':
      return `Your thank-you to ${name} is waiting: use Sent it, Snooze a day or Skip in its message.`;
    case 'moved':
      return `Your thank-you to ${name} came back in a newer message: use the buttons there.`;
    case 'sent':
      return `You marked your thank-you to ${name} as sent.`;
    case 'snoozed':
      return `Your thank-you to ${name} is snoozed: I'll bring it back ${entry.snoozedUntil ? slackDate(entry.snoozedUntil) : 'tomorrow'}.`;
    case 'skipped':
      return `You skipped the thank-you to ${name}: no more reminders about it.`;
    case 'cancelled':
      return `No thank-you needed: you changed your decision on ${name}.`;
    case 'gone':
      return `The reminder about ${name} is no longer active.`;
  }
}

/** A reminder a sweep is posting, or will check it posted, with no DM to point to yet. */
export function reminderOnItsWayLine(entry: Pick<ThankYouEntry, 'name'>): string {
  return `Your thank-you reminder about ${inertText(entry.name, 100)} is on its way to your DM with me: use its buttons there when it arrives.`;
}

function personSection(entry: ThankYouEntry, caps: PersonCaps): KnownBlock {
  const role = caps.role === null ? null : roleLine(entry.headline, entry.company, text, caps.role);
  const lines = [`*${inertText(entry.name, caps.name)}*${role === null ? '' : `, ${role}`}`];
  const link = entry.profileUrl ? profileLink(entry.profileUrl, 'Open their profile to send a message') : null;
  if (link) lines.push(link);
  return { type: 'section', text: mrkdwn(lines.join('\n')) };
}

function entryBlocks(entry: ThankYouEntry): KnownBlock[] {
  switch (entry.state) {
    case 'open':
      return [{ type: 'section', text: mrkdwn(codeBlock(entry.draft, 2500)) }, outcomeButtons(entry.nudgeId, true)];
    case 'sent':
      return [context(':white_check_mark: Sent. Nice one.')];
    case 'snoozed':
      // Thanked them before it comes back (the Home tab says to press Sent it here): Sent it and Skip
      // stay, and work on a snoozed reminder (it then does not come back).
      return [context(`:zzz: Snoozed. I'll bring it back ${entry.snoozedUntil ? slackDate(entry.snoozedUntil) : 'tomorrow'}.`), outcomeButtons(entry.nudgeId, false)];
    case 'skipped':
      return [context(':fast_forward: Skipped. No more reminders about this one.')];
    case 'cancelled':
      return [context('No thank-you needed: you changed your decision, so this invitation is no longer accepted.')];
    case 'gone':
      return [context('This reminder is no longer active.')];
    case 'moved':
      return [context(':arrow_down: This reminder came back in a newer message below: use the buttons there.')];
  }
}

/** Sent it, Snooze a day (while the reminder is on show) and Skip, for one reminder. */
function outcomeButtons(nudgeId: number, withSnooze: boolean): KnownBlock {
  const value = String(nudgeId);
  return {
    type: 'actions',
    block_id: `thank_you:${nudgeId}`,
    elements: [
      { type: 'button', action_id: ACTIONS.nudgeSent, style: 'primary', text: { type: 'plain_text', text: 'Sent it' }, value },
      ...(withSnooze ? [{ type: 'button' as const, action_id: ACTIONS.nudgeSnooze, text: { type: 'plain_text' as const, text: 'Snooze a day' }, value }] : []),
      { type: 'button', action_id: ACTIONS.nudgeSkip, text: { type: 'plain_text', text: 'Skip' }, value },
    ],
  };
}

function context(message: string): KnownBlock {
  return { type: 'context', elements: [mrkdwn(message)] };
}
