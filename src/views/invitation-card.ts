import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { companyAfterHeadline } from '../domain/parse-invitation.js';
import { collapseWhitespace } from '../domain/slack-text.js';
import type { Decision, InvitationFields, InvitationStatus, Recommendation } from '../domain/types.js';
import { actions, button, capitalise, displayName, header, joinWithin, plainString, roleLine, STATUS_EMOJI, STATUS_LABEL, textsWithin } from './blocks.js';
import { inertText, LIMITS, mention, mrkdwn, plural, profileLink, quote, slackDate, text } from './format.js';
import { ACTIONS } from './ids.js';
import type { CardVoice } from './models.js';
import { blocksWithinBudget } from './text-budget.js';

/** What the card shows about an invitation (an InvitationRecord fits). */
export interface CardInvitation extends InvitationFields {
  id: number;
  ownerId: string;
  source: string | null;
  recommendation: Recommendation;
  score: number;
  reasons: readonly string[];
  status: InvitationStatus;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  decisionNote: string | null;
  createdAt: Date;
  /**
   * For an accepted invitation: whether its thank-you is suggested by DM, or comes with an earlier
   * check of the same person (one thank-you per person). Unknown when absent.
   */
  thankYou?: 'suggested' | 'with-earlier-check';
  /** The decisions before the current one, oldest first: a changed mind is shown, never overwritten. */
  earlierDecisions?: readonly { decision: Decision; at: Date }[];
}

/** An earlier check of the same person, by the owner or a teammate. */
export interface CardHistoryEntry {
  ownerId: string;
  status: InvitationStatus;
  at: Date;
  reason: string | null;
  /** The owner's own words on an Ignore, shown with the reason: the why a re-sent invitation needs. */
  note: string | null;
}

/**
 * An earlier check of someone with the same name but another headline: perhaps the same person
 * after a job change, perhaps someone else.
 */
export interface CardSameNameEntry extends CardHistoryEntry {
  name: string;
  headline: string | null;
  company: string | null;
}

const RECOMMENDATION_LABEL: Record<Recommendation, string> = {
  accept: ':large_green_circle: *Recommended: accept*',
  review: ':large_yellow_circle: *Recommended: take a closer look*',
  ignore: ':red_circle: *Recommended: ignore*',
};

/** The recommendation in words, wherever a person reads it: never the internal code (`review`). */
export const RECOMMENDATION_WORDS: Record<Recommendation, string> = {
  accept: 'accept',
  review: 'take a closer look',
  ignore: 'ignore',
};

/** At most this many earlier checks are listed, newest first. */
const HISTORY_SHOWN = 5;
/** Steps of a changed decision named on the decided card; older ones are counted. */
const EARLIER_DECISIONS_SHOWN = 3;
/** At most this many earlier blocks and declines are repeated loudly near the top. */
export const WARNINGS_SHOWN = 3;
/** At most this many teammates' words are listed, newest first. */
export const VOICES_SHOWN = 10;

/**
 * What the card's parts may quote, most first. A card whose text passes MESSAGE_TEXT_BUDGET (Slack
 * refuses a message whose blocks hold too much text in all, though each part is within its own
 * limit) is drawn again with the next, shorter caps. Only a card crowded with long words (a long
 * note, many teammates' notes, long reasons from earlier checks, much of it `&`, `<` or `>`, which
 * escaping lengthens) needs them. A decision's reason and note are words someone typed on purpose
 * (the forms take 500 characters): the first caps show them whole even when every character escapes
 * five times longer, as far as their section's 3,000 allow. An earlier block's or decline's reason
 * gets 800, so that three fit the warning's section: a 500-character reason whole, unless much of
 * it is `&`, `<` or `>`.
 */
interface QuoteCaps {
  note: number;
  reason: number;
  warningReason: number;
  historyText: number;
  voiceNote: number;
  decisionReason: number;
  decisionNote: number;
  /** Each of a same-name check's name, headline and company. */
  sameName: number;
}

const QUOTE_CAPS: readonly [QuoteCaps, ...QuoteCaps[]] = [
  { note: 2200, reason: 300, warningReason: 800, historyText: 200, voiceNote: 200, decisionReason: 2500, decisionNote: 2500, sameName: 100 },
  { note: 1200, reason: 200, warningReason: 400, historyText: 120, voiceNote: 120, decisionReason: 1000, decisionNote: 1000, sameName: 80 },
  { note: 600, reason: 150, warningReason: 150, historyText: 60, voiceNote: 60, decisionReason: 500, decisionNote: 250, sameName: 50 },
];

export function invitationCard(
  invitation: CardInvitation,
  history: readonly CardHistoryEntry[] = [],
  /** How many earlier checks there are in all, when `history` holds only the newest. */
  historyTotal: number = history.length,
  /** What teammates said about this invitation, in any order (shown newest first). */
  voices: readonly CardVoice[] = [],
  /**
   * Set when only the owner can see the card (an ephemeral card, or one in a DM): this notice leads
   * it, and it offers no teammate buttons nobody else could press.
   */
  ownerOnlyNotice: string | null = null,
  /** Earlier checks of the same name under another headline, newest first: a hint, near the history. */
  sameName: readonly CardSameNameEntry[] = [],
  /**
   * What the team decided on checks of the same person made after this one, newest first (for a
   * decided invitation, those decided before it was). Shown near the top, labelled as news since
   * the check: it was weighed too.
   */
  since: readonly CardHistoryEntry[] = [],
): { text: string; blocks: KnownBlock[] } {
  const blocks = blocksWithinBudget(QUOTE_CAPS, (caps) => cardBlocks(invitation, history, historyTotal, voices, ownerOnlyNotice, sameName, since, caps));
  return { text: fallbackText(invitation), blocks };
}

function cardBlocks(
  invitation: CardInvitation,
  history: readonly CardHistoryEntry[],
  historyTotal: number,
  voices: readonly CardVoice[],
  ownerOnlyNotice: string | null,
  sameName: readonly CardSameNameEntry[],
  since: readonly CardHistoryEntry[],
  caps: QuoteCaps,
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (ownerOnlyNotice !== null) blocks.push({ type: 'context', elements: [mrkdwn(ownerOnlyNotice)] });
  // A block or decline is what the reader must not miss: it leads the card.
  if (invitation.status === 'blocked' || invitation.status === 'declined') blocks.push(loudStatusHeader(invitation.status));
  blocks.push(personSection(invitation));
  // News for a card still waiting: the recommendation below already weighs it. A decided card is a
  // record: it is given only what was decided before its own decision, which it was weighed with.
  const decidedSince = since.filter((entry) => entry.status !== 'pending');
  if (decidedSince.length > 0) blocks.push(sinceSection(decidedSince, caps));
  const warnings = earlierWarnings(history, caps);
  if (warnings) blocks.push(warnings);
  if (invitation.note) {
    blocks.push({ type: 'section', text: mrkdwn(quote(invitation.note, caps.note)) });
  }
  blocks.push(recommendationSection(invitation, caps));
  if (history.length > 0) blocks.push(historyContext(history, Math.max(historyTotal, history.length), caps));
  if (sameName.length > 0) blocks.push(sameNameContext(sameName, caps));
  if (voices.length > 0) blocks.push(voicesSection(voices, caps));
  blocks.push(...decisionBlocks(invitation, ownerOnlyNotice !== null, caps));
  return blocks;
}

function personSection(invitation: CardInvitation): SectionBlock {
  // The name goes through mrkdwn escaping like every other untrusted text (not a plain_text header).
  const lines: string[] = [`:envelope_with_arrow: *${inertText(invitation.name, 200)}* wants to connect`];
  const role = [invitation.headline, companyAfterHeadline(invitation.headline, invitation.company)].filter((part): part is string => Boolean(part));
  if (role.length === 2) lines.push(`*${inertText(role[0] ?? '', 400)}* at ${text(role[1] ?? '', 300)}`);
  else if (role.length === 1) lines.push(`*${inertText(role[0] ?? '', 400)}*`);
  else lines.push('_No headline given_');
  lines.push(`:busts_in_silhouette: ${mutualLine(invitation.mutualConnections)}`);
  const link = invitation.profileUrl ? profileLink(invitation.profileUrl) : null;
  if (link) lines.push(`:link: ${link}`);
  if (invitation.source) lines.push(`:inbox_tray: ${sourceLine(invitation.source)}`);
  return { type: 'section', text: mrkdwn(lines.join('\n')) };
}

/** "Came in via LinkedIn email"; an invitation made in person is not something that came "via". */
function sourceLine(source: string): string {
  return /^in person$/i.test(source.trim()) ? 'Received in person' : `Came in via ${text(source, 100)}`;
}

function mutualLine(count: number | null): string {
  if (count === null) return 'Mutual connections not stated';
  if (count === 0) return 'No mutual connections';
  return plural(count, 'mutual connection', 'mutual connections');
}

function loudStatusHeader(status: 'blocked' | 'declined'): KnownBlock {
  return header(status === 'blocked' ? ':no_entry: Blocked' : ':wave: Declined politely');
}

/**
 * Earlier blocks and declines of the same person, spelled out near the top: "Seen before" lists
 * them too, but quietly, and a block is exactly what the next person to check must not overlook.
 */
function earlierWarnings(history: readonly CardHistoryEntry[], caps: QuoteCaps): SectionBlock | null {
  const serious = history.filter((entry) => entry.status === 'blocked' || entry.status === 'declined');
  if (serious.length === 0) return null;
  const lines = serious.slice(0, WARNINGS_SHOWN).map((entry) => {
    const label = entry.status === 'blocked' ? ':no_entry: *Blocked before*' : ':wave: *Declined before*';
    const reason = entry.reason ? `: ${text(entry.reason, caps.warningReason)}` : '';
    return `${label} by ${mention(entry.ownerId)} on ${slackDate(entry.at, '{date_short_pretty}')}${reason}`;
  });
  return { type: 'section', text: mrkdwn(joinWithin(null, lines, serious.length, LIMITS.sectionText)) };
}

function recommendationSection(invitation: CardInvitation, caps: QuoteCaps): SectionBlock {
  // Once decided, the recommendation is history: a green "accept" over a Blocked card would read
  // as the verdict to anyone skimming the channel.
  const label = invitation.status === 'pending' ? RECOMMENDATION_LABEL[invitation.recommendation] : `*Recommended when decided:* ${RECOMMENDATION_WORDS[invitation.recommendation]}`;
  const heading = `${label}  ·  score ${invitation.score}/100`;
  const reasons = invitation.reasons.slice(0, 8).map((reason) => `• ${text(reason, caps.reason)}`);
  return { type: 'section', text: mrkdwn([heading, ...reasons].join('\n')) };
}

function historyContext(history: readonly CardHistoryEntry[], total: number, caps: QuoteCaps): ContextBlock {
  const lines = history.slice(0, HISTORY_SHOWN).map((entry) => {
    const on = `on ${slackDate(entry.at, '{date_short_pretty}')}`;
    // The date is when it was checked: "still undecided on Oct 1" read as undecided only that day.
    const what = entry.status === 'pending' ? `checked ${on}, not decided yet` : `${STATUS_LABEL[entry.status]} ${on}`;
    const why = historyWhy(entry, caps);
    return `${STATUS_EMOJI[entry.status]} ${mention(entry.ownerId)}: ${what}${why === '' ? '' : ` (${why})`}`;
  });
  const shown = Math.min(history.length, HISTORY_SHOWN);
  const more = total > shown ? `\n…and ${total - shown} earlier` : '';
  return {
    type: 'context',
    elements: [mrkdwn(`*Seen before in this workspace*\n${lines.join('\n')}${more}`)],
  };
}

/** At most this many decisions made since the check are listed, newest first. */
export const SINCE_SHOWN = 5;

/**
 * What the team decided on later checks of the same person, for a card still waiting: "Ana blocked
 * them on Nov 28". Each with its reason, and the note only on the owner's own (as "Seen before").
 */
function sinceSection(entries: readonly CardHistoryEntry[], caps: QuoteCaps): SectionBlock {
  // A block or decline weighs most and must not hide in "…and 3 more" behind newer ignores: they
  // are kept first, the newest of the rest fill the list, and all show newest first, as given.
  const serious = entries.filter((entry) => entry.status === 'blocked' || entry.status === 'declined').slice(0, SINCE_SHOWN);
  const rest = entries.filter((entry) => !serious.includes(entry)).slice(0, SINCE_SHOWN - serious.length);
  const shown = entries.filter((entry) => serious.includes(entry) || rest.includes(entry));
  const lines = shown.map((entry) => {
    const why = historyWhy(entry, caps);
    return `${STATUS_EMOJI[entry.status]} ${mention(entry.ownerId)} also checked them and ${STATUS_LABEL[entry.status]} them on ${slackDate(entry.at, '{date_short_pretty}')}${why === '' ? '' : ` (${why})`}`;
  });
  return { type: 'section', text: mrkdwn(joinWithin(SINCE_HEADING, lines, entries.length, LIMITS.sectionText)) };
}

const SINCE_HEADING = ':bell: *Since this check*';

/** At most this many same-name checks are listed. */
const SAME_NAME_SHOWN = 3;

const SAME_NAME_HEADING = ':grey_question: *Same name, different headline.* Someone with this name was checked before. It may be the same person, or someone else:';
/**
 * A name alone is weak evidence (people share names, and a name may be typed for someone else),
 * so the hint never changes the score or recommendation, and says so.
 */
const SAME_NAME_HEDGE = "_If it's them (after a job change, say), what the team decided then may still apply. A name alone can't tell, so the recommendation above leaves it out._";

/**
 * Earlier checks of someone with the same name but another headline: the same person after a job
 * change, perhaps, whose earlier block or ignore the team would want to know of; perhaps not.
 * Hedged before and after, a block included, and kept with the history, quietly: the loud
 * warnings near the top are for the same person only.
 */
function sameNameContext(entries: readonly CardSameNameEntry[], caps: QuoteCaps): ContextBlock {
  const lines = entries.slice(0, SAME_NAME_SHOWN).map((entry) => {
    const name = `*${inertText(displayName(entry.name), Math.min(caps.sameName, 100))}*`;
    const role = roleLine(entry.headline, entry.company, text, { headline: caps.sameName, company: caps.sameName }) ?? 'no headline';
    const on = `on ${slackDate(entry.at, '{date_short_pretty}')}`;
    const what = entry.status === 'pending' ? `checked by ${mention(entry.ownerId)} ${on}, not decided yet` : `${STATUS_LABEL[entry.status]} by ${mention(entry.ownerId)} ${on}`;
    const why = historyWhy(entry, caps);
    return `${STATUS_EMOJI[entry.status]} ${name}, ${role}: ${what}${why === '' ? '' : ` (${why})`}`;
  });
  const listed = joinWithin(SAME_NAME_HEADING, lines, entries.length, LIMITS.contextElementText - SAME_NAME_HEDGE.length - 1);
  return { type: 'context', elements: [mrkdwn(`${listed}\n${SAME_NAME_HEDGE}`)] };
}

/** An earlier decision's reason and note, as the history quotes them: `reason: "note"`, or ''. */
function historyWhy(entry: CardHistoryEntry, caps: QuoteCaps): string {
  const note = entry.note ? collapseWhitespace(entry.note) : '';
  return [entry.reason ? text(entry.reason, caps.historyText) : '', note === '' ? '' : `"${text(note, caps.historyText)}"`].filter(Boolean).join(': ');
}

/** Who on the team said what, newest first; it stays on the card after the decision, as its record. */
function voicesSection(voices: readonly CardVoice[], caps: QuoteCaps): SectionBlock {
  const newestFirst = [...voices].sort((a, b) => b.at.getTime() - a.at.getTime());
  const lines = newestFirst.slice(0, VOICES_SHOWN).map((voice) => voiceLine(voice, caps.voiceNote));
  return { type: 'section', text: mrkdwn(joinWithin('*What the team knows*', lines, voices.length, LIMITS.sectionText)) };
}

function voiceLine(voice: CardVoice, noteMax: number): string {
  const said = voice.kind === 'knows' ? `:handshake: ${mention(voice.userId)} knows them` : `:warning: ${mention(voice.userId)} gave a heads-up`;
  const note = voice.note ? collapseWhitespace(voice.note) : '';
  // Straight quotes, as the reasons above it quote the same words.
  return note === '' ? said : `${said}: "${text(note, noteMax)}"`;
}

function decisionBlocks(invitation: CardInvitation, ownerOnly: boolean, caps: QuoteCaps): KnownBlock[] {
  if (invitation.status === 'pending' && ownerOnly) {
    return [ownerActions(invitation), { type: 'context', elements: [mrkdwn(`Checked ${slackDate(invitation.createdAt)}.`)] }];
  }
  if (invitation.status === 'pending') {
    return [
      ownerActions(invitation),
      teammateActions(invitation.id),
      {
        type: 'context',
        elements: [
          mrkdwn(
            `Forwarded by ${mention(invitation.ownerId)}, who decides. Checked ${slackDate(invitation.createdAt)}. ` +
              'Know them, or know to be careful? Anyone on the team can add a word with the buttons above.',
          ),
        ],
      },
    ];
  }
  const who = mention(invitation.decidedBy ?? invitation.ownerId);
  const when = invitation.decidedAt ? ` on ${slackDate(invitation.decidedAt)}` : '';
  const lines = [`${STATUS_EMOJI[invitation.status]} *${capitalise(STATUS_LABEL[invitation.status])}* by ${who}${when}`];
  const before = earlierDecisionsLine(invitation.earlierDecisions ?? []);
  if (before !== null) lines.push(before);
  // One name for the feature wherever people see it: the DM is a "thank-you reminder".
  if (invitation.status === 'accepted') {
    lines.push(
      invitation.thankYou === 'with-earlier-check'
        ? ':email: No second thank-you reminder: another invitation from them already has one.'
        : `:email: ${mention(invitation.ownerId)} gets a thank-you reminder by DM.`,
    );
  }
  // invite-check suggests nobody and cannot block anyone on the network: say what it does do.
  if (invitation.status === 'blocked') lines.push('*Any later check of them, by anyone on the team, will say so loudly.*');
  lines.splice(1, 0, ...decisionWords(invitation, caps, LIMITS.sectionText - lines.join('\n').length));
  return [
    { type: 'section', text: mrkdwn(lines.join('\n')) },
    actions(`change:${invitation.id}`, [
      button(ACTIONS.changeDecision, 'Change decision', String(invitation.id)),
      button(ACTIONS.editDetails, 'Edit details', String(invitation.id)),
      // The ready-to-send message again (Decline on a declined card shows it): the first may have
      // been closed unread, or lost to a crash before it was shown.
      ...(invitation.status === 'declined' ? [button(ACTIONS.decline, 'Show decline message', String(invitation.id))] : []),
    ]),
  ];
}

/**
 * "Reason: …" and "Note: …", in what `room` leaves of the decision's section: the reason whole
 * where the caps allow (the form takes 500 characters), then the note.
 */
function decisionWords(invitation: CardInvitation, caps: QuoteCaps, room: number): string[] {
  const words = [
    { label: 'Reason: ', value: invitation.decisionReason ?? '', max: caps.decisionReason },
    { label: 'Note: ', value: invitation.decisionNote ?? '', max: caps.decisionNote },
  ].filter((word) => word.value !== '');
  // Each line adds its label and a line break to the section.
  const labels = words.reduce((sum, word) => sum + word.label.length + 1, 0);
  const shown = textsWithin(words, room - labels);
  return words.map((word, i) => `${word.label}${shown[i] ?? ''}`);
}

/** "Before that: accepted on …, then declined on …": the newest few steps before the current decision. */
function earlierDecisionsLine(steps: readonly { decision: Decision; at: Date }[]): string | null {
  if (steps.length === 0) return null;
  const shown = steps.slice(-EARLIER_DECISIONS_SHOWN).map((step) => `${STATUS_LABEL[step.decision]} on ${slackDate(step.at, '{date_short_pretty}')}`);
  const hidden = steps.length - shown.length;
  return `_Before that: ${hidden > 0 ? `${plural(hidden, 'earlier decision', 'earlier decisions')}, then ` : ''}${shown.join(', then ')}._`;
}

/**
 * The owner's row: the four decisions, and the form again for what was read wrongly. Blocking asks
 * once more, since it is the one that sticks.
 */
function ownerActions(invitation: CardInvitation): ActionsBlock {
  const id = String(invitation.id);
  return actions(`decide:${invitation.id}`, [
    button(ACTIONS.accept, 'Accept', id, 'primary'),
    button(ACTIONS.ignore, 'Ignore…', id),
    button(ACTIONS.decline, 'Decline politely', id),
    { ...button(ACTIONS.block, 'Block…', id, 'danger'), confirm: blockConfirm(invitation.name) },
    button(ACTIONS.editDetails, 'Edit details', id),
  ]);
}

function blockConfirm(name: string): NonNullable<Button['confirm']> {
  return {
    title: { type: 'plain_text', text: `Block ${plainString(name, 90)}?`, emoji: true },
    text: {
      type: 'plain_text',
      // The fact people get wrong first: invite-check cannot block anyone on the network.
      text: "This doesn't block them on the network. It records the block here, and any later check of them, by you or a teammate, will warn that they were blocked.",
      emoji: true,
    },
    confirm: { type: 'plain_text', text: 'Block' },
    deny: { type: 'plain_text', text: 'Cancel' },
    style: 'danger',
  };
}

/** The teammates' row: anyone but the owner can say they know the person, or warn about them. */
function teammateActions(invitationId: number): ActionsBlock {
  const id = String(invitationId);
  return actions(`voice:${invitationId}`, [button(ACTIONS.voiceKnows, 'I know them', id), button(ACTIONS.voiceCaution, 'Heads-up', id)]);
}

function fallbackText(invitation: CardInvitation): string {
  const name = text(invitation.name, 100);
  if (invitation.status === 'pending') {
    // What notifications show: in the card's own words, never the internal code.
    return `${name} wants to connect. Recommended: ${RECOMMENDATION_WORDS[invitation.recommendation]} (${invitation.score}/100)`;
  }
  return `Connection invitation from ${name}: ${STATUS_LABEL[invitation.status]}`;
}
