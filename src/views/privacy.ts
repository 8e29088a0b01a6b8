import type { KnownBlock } from '@slack/types';
import { actions, button, capitalise, context, section } from './blocks.js';
import { inertText, plural, text } from './format.js';
import { ACTIONS } from './ids.js';

type Message = { text: string; blocks: KnownBlock[] };

/** At most this many checks are forgotten by one confirmation (the button value must stay small). */
export const FORGET_AT_MOST = 100;

/** The names a person was checked under that the question spells out; the rest are counted. */
const NAMES_SHOWN = 3;

/** Asks before forgetting one person: what will go, and that it cannot be undone. */
export function forgetConfirmMessage(
  label: string,
  checks: readonly { id: number; name: string; headline?: string | null; profileUrl?: string | null }[],
): Message {
  // The spellings it was checked under: the first three, and how many more.
  const spellings = [...new Set(checks.map((check) => check.name))];
  const names = spellings.slice(0, NAMES_SHOWN).map((name) => `*${inertText(name, 100)}*`);
  const moreNames = spellings.length > NAMES_SHOWN ? ` and ${plural(spellings.length - NAMES_SHOWN, 'other name', 'other names')}` : '';
  const people = distinctPeople(checks);
  const ids = checks.slice(0, FORGET_AT_MOST).map((check) => check.id).join(',');
  const found =
    checks.length > FORGET_AT_MOST
      ? `I found more than ${FORGET_AT_MOST} invitations from them that you checked; this removes ${FORGET_AT_MOST}, so run the same command again for the rest.`
      : `I found ${plural(checks.length, 'invitation', 'invitations')} from them that you checked.`;
  const question =
    `Forget ${names.join(', ')}${moreNames}? ${found} ` +
    "Forgetting removes the invitation details, your decisions and reasons, teammates' comments and any thank-you reminder, " +
    "and blanks the cards in Slack; teammates' later checks of them stop quoting your decisions. It cannot be undone.";
  // Two people of one name ("Alex Kim" at Stripe and at Hays): say so before both go.
  const several =
    people.length > 1
      ? [
          section(
            `These look like ${plural(people.length, 'person', 'different people')}, and ${people.length === 2 ? 'both' : 'all of them'} would be forgotten:\n` +
              people.slice(0, 5).map((person) => `• ${person}`).join('\n') +
              `${people.length > 5 ? `\n…and ${people.length - 5} more` : ''}\nTo forget only one, use their profile URL instead of the name.`,
          ),
        ]
      : [];
  return {
    text: `Forget ${text(label, 200)}?`,
    blocks: [
      section(question),
      ...several,
      actions('privacy_forget', [button(ACTIONS.forgetConfirm, 'Forget them', ids, 'danger'), button(ACTIONS.privacyCancel, 'Cancel', 'cancel')]),
    ],
  };
}

/**
 * The people among the checks, each as a line: told apart by profile URL, else by name and
 * headline (a check without a URL is the same person as one with it and the same name and headline).
 */
function distinctPeople(checks: readonly { name: string; headline?: string | null; profileUrl?: string | null }[]): string[] {
  const nameAndHeadline = (check: { name: string; headline?: string | null }) => `${check.name.toLowerCase()}|${(check.headline ?? '').toLowerCase()}`;
  const withUrl = new Set(checks.filter((check) => check.profileUrl).map(nameAndHeadline));
  const lines = new Map<string, string>();
  for (const check of checks) {
    if (!check.profileUrl && withUrl.has(nameAndHeadline(check))) continue;
    const key = check.profileUrl ?? nameAndHeadline(check);
    if (lines.has(key)) continue;
    const who = [`*${inertText(check.name, 100)}*`, check.headline ? text(check.headline, 150) : null, check.profileUrl ? text(check.profileUrl, 200) : null];
    lines.set(key, who.filter((part) => part !== null).join(', '));
  }
  return [...lines.values()];
}

/** `/invite-check forget` with nobody named: how to name them, and the way to forget yourself. */
export function forgetWhoMessage(command: string): Message {
  const line =
    `Who should I forget? Name them after the command: \`${command} forget &lt;profile URL or name&gt;\`. ` +
    `To remove everything invite-check holds about you, use \`${command} forget-me\`.`;
  return { text: `Who should I forget? Try ${command} forget followed by a profile URL or name.`, blocks: [section(line)] };
}

export function forgetNothingMessage(label: string): Message {
  const line = `I found nothing about *${inertText(label, 200)}* among the invitations you checked. Try their profile URL, or their name as it appeared on the invitation.`;
  return { text: `Nothing found for ${text(label, 200)}.`, blocks: [section(line)] };
}

/**
 * `cardsUnknownIn` holds, for each card Slack may have posted without its answer ever reaching the
 * app, the conversation it went to: the app never learnt where in it the card is, so cannot blank it.
 */
export function forgottenMessage(count: number, cardsLeft = 0, cardsUnknownIn: readonly string[] = [], later: LaterInSlack = NOTHING_LATER): Message {
  const removed = `:wastebasket: Done. I removed ${plural(count, 'invitation you checked', 'invitations you checked')}, with ${count === 1 ? 'its' : 'their'} decisions, reasons, teammates' comments and reminders`;
  const line =
    count === 0
      ? 'Nothing was removed: those records were already gone.'
      : later.messages === 0
        ? `${removed}, and ${cardsNote(count, cardsLeft)}` + unknownCardsNote(cardsUnknownIn, 'a card about them', 'cards about them')
        : `${removed}. ${laterNote(later, "their cards, thank-you reminders, weekly reviews, the team digest or teammates' cards that quoted your decisions")}` +
          refusedNote(cardsLeft) +
          unknownCardsNote(cardsUnknownIn, 'a card about them', 'cards about them');
  return { text: line, blocks: [section(line)] };
}

/**
 * The messages in Slack a large forgetting left for later (the records are gone already), and
 * about how many minutes that takes at the pace Slack allows (an estimate).
 */
export interface LaterInSlack {
  messages: number;
  minutes: number;
}

const NOTHING_LATER: LaterInSlack = { messages: 0, minutes: 0 };

/** What is still to change in Slack, and about when it will be. `which` says what those messages are. */
function laterNote(later: LaterInSlack, which: string): string {
  const when = later.minutes < 90 ? plural(Math.max(later.minutes, 1), 'minute', 'minutes') : plural(Math.ceil(later.minutes / 60), 'hour', 'hours');
  return (
    `In Slack, ${plural(later.messages, 'message', 'messages')} (${which}) ${later.messages === 1 ? 'is' : 'are'} still to blank or update: ` +
    `I'll do that over about the next ${when}, a few a minute, so that Slack stays quick for everyone.`
  );
}

/** Messages Slack refused for good, when some of the rest are still to come. */
function refusedNote(cardsLeft: number): string {
  return cardsLeft === 0 ? '' : ` ${plural(cardsLeft, 'message', 'messages')} Slack would not let me change: please delete ${cardsLeft === 1 ? 'it' : 'them'} by hand.`;
}

/** `cardsLeft` counts the cards, thank-you DMs, weekly reviews and team digests that Slack would not let the app change. */
function cardsNote(checks: number, cardsLeft: number): string {
  const blanked = checks === 1 ? 'blanked its card' : 'blanked the cards';
  return cardsLeft === 0
    ? `${blanked}.`
    : `${blanked}, except ${plural(cardsLeft, 'message', 'messages')} Slack would not let me change: please delete ${cardsLeft === 1 ? 'it' : 'them'} by hand.`;
}

/**
 * Cards Slack may have posted (its answer never came) whose place the app never learnt, so could
 * not blank: where they may be, and that they are to be deleted by hand if they are there.
 */
function unknownCardsNote(channels: readonly string[], one: string, several: string): string {
  if (channels.length === 0) return '';
  const places = [...new Set(channels.map(conversation))];
  const where = places.length === 1 ? (places[0] ?? '') : `${places.slice(0, -1).join(', ')} and ${places.at(-1) ?? ''}`;
  const cards = channels.length === 1 ? one : `${channels.length} ${several}`;
  const it = channels.length === 1 ? { it: 'it', is: 'it is' } : { it: 'them', is: 'they are' };
  return ` Slack may also have posted ${cards} in ${where} without telling me where, so I couldn't blank ${it.it}: if ${it.is} there, please delete ${it.it} by hand.`;
}

/** A conversation as mrkdwn: a channel mention, for a Slack id that looks like one. */
function conversation(channelId: string): string {
  if (!/^[CG][A-Z0-9]{2,}$/.test(channelId)) return /^D[A-Z0-9]{2,}$/.test(channelId) ? 'the direct message where it was checked' : 'the conversation where it was checked';
  return `<#${channelId}>`;
}

export interface FootprintView {
  checks: number;
  voices: number;
  settings: number;
  reviews: number;
  /** Their name and time zone as Slack gave them (cached): named only when nothing else is held. */
  profile?: number;
}

/** Asks before forgetting everything about the person who asks. */
export function forgetMeConfirmMessage(footprint: FootprintView): Message {
  if (footprint.checks + footprint.voices + footprint.settings + footprint.reviews + (footprint.profile ?? 0) === 0) {
    const line = 'I have nothing stored about you in this workspace.';
    return { text: line, blocks: [section(line)] };
  }
  // Only what is so for this person: someone who only set their settings has no cards to blank.
  const cards = footprint.checks > 0 ? 'Your cards in channels are blanked too' : null;
  const quoted = footprint.checks + footprint.voices > 0 ? "teammates' cards that quote your words or decisions are weighed again without them" : null;
  const consequences = cards !== null && quoted !== null ? `${cards}, and ${quoted}. ` : cards !== null ? `${cards}. ` : quoted !== null ? `${capitalise(quoted)}. ` : '';
  const line = `Forget everything about you? That is ${describe(footprint)}. ${consequences}It cannot be undone.`;
  return {
    text: 'Forget everything about you?',
    blocks: [
      section(line),
      actions('privacy_forget_me', [
        button(ACTIONS.forgetMeConfirm, 'Forget everything about me', 'me', 'danger'),
        button(ACTIONS.privacyCancel, 'Cancel', 'cancel'),
      ]),
    ],
  };
}

/** `cardsLeft` counts the cards, thank-you DMs, weekly reviews and team digests that Slack would not let the app change. */
export function forgotMeMessage(removed: FootprintView, cardsLeft = 0, cardsUnknownIn: readonly string[] = [], later: LaterInSlack = NOTHING_LATER): Message {
  const cards =
    cardsLeft === 0
      ? ''
      : ` ${plural(cardsLeft, 'message', 'messages')} (your cards, thank-you reminders, weekly reviews or the team digest) could not be blanked: please delete ${cardsLeft === 1 ? 'it' : 'them'} by hand.`;
  const what = describe(removed);
  // A second click on the button, or a confirmation answered twice: it was all removed already.
  const done = what === '' ? 'There was nothing left to remove.' : `I removed ${what}.`;
  const unknown = unknownCardsNote(cardsUnknownIn, 'one of your cards', 'of your cards');
  const still = later.messages === 0 ? '' : ` ${laterNote(later, "your cards, thank-you reminders, weekly reviews, the team digest or teammates' cards that quoted you")}`;
  const line = `:wastebasket: Done. ${done} Nothing about you is left in invite-check for this workspace.${still}${cards}${unknown}`;
  return { text: line, blocks: [section(line)] };
}

export function cancelledMessage(): Message {
  const line = 'Cancelled: nothing was removed.';
  return { text: line, blocks: [section(line)] };
}

/**
 * What `export` sent: rows of the person's own checks, and of what they said on teammates' cards
 * (*I know them*, *Heads-up*). Counted as comments: "1 word" reads as one literal word.
 */
export function exportSentMessage(sent: { checks: number; words: number }): Message {
  if (sent.checks + sent.words === 0) {
    const line = "You haven't checked any invitations or commented on a teammate's card yet, so there is nothing to export.";
    return { text: line, blocks: [section(line)] };
  }
  const held = [
    sent.checks > 0 ? plural(sent.checks, 'invitation', 'invitations') : null,
    sent.words > 0 ? commentsOnCards(sent.words) : null,
  ].filter((part) => part !== null);
  const files = sent.checks > 0 && sent.words > 0 ? 'as two CSV files' : 'as a CSV file';
  const line = `:inbox_tray: I've sent your records (${held.join(' and ')}) ${files} to your DM with me.`;
  return { text: line, blocks: [section(line), context("Teammates' own checks are theirs to export.")] };
}

/** "1 comment on a teammate's card", "2 comments on teammates' cards"; `verb` goes after the count. */
export function commentsOnCards(count: number, verb = ''): string {
  const after = verb === '' ? '' : ` ${verb}`;
  return plural(count, `comment${after} on a teammate's card`, `comments${after} on teammates' cards`);
}

/** What is (or was) held, naming only what there is: "2 invitations you checked … and your settings". */
function describe(footprint: FootprintView): string {
  const parts: string[] = [];
  if (footprint.checks > 0) {
    parts.push(plural(footprint.checks, 'invitation you checked (with its decisions and reminders)', 'invitations you checked (with their decisions and reminders)'));
  }
  if (footprint.voices > 0) parts.push(commentsOnCards(footprint.voices, 'you left'));
  if (footprint.settings > 0) parts.push('your settings');
  if (footprint.reviews > 0) parts.push(plural(footprint.reviews, 'weekly review record', 'weekly review records'));
  // Part of everything else, and said when it is all there is: a forget-me cut short left it.
  if (parts.length === 0 && (footprint.profile ?? 0) > 0) parts.push('your name and time zone as Slack gave them to me');
  const last = parts.pop();
  if (last === undefined) return '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}
