import type { ContextBlock, HomeView, KnownBlock, SectionBlock } from '@slack/types';
import { minuteOfDay, THANK_YOU_DELAY_CHOICES } from '../domain/settings.js';
import { collapseWhitespace } from '../domain/slack-text.js';
import {
  actions,
  button,
  context,
  displayName,
  header,
  joinWithin,
  moreLine,
  section,
  STATUS_EMOJI,
  STATUS_LABEL,
  uniqueBy,
} from './blocks.js';
import { inertText, LIMITS, mention, messageLink, mrkdwn, slackDate, text } from './format.js';
import { ACTIONS } from './ids.js';
import type { DecisionCounts, HomeModel, PendingItem, RecentDecision, SettingsModel, StatsModel } from './models.js';
import { owedLine, pendingText } from './list-lines.js';
import { describeDays } from './settings-modal.js';
import { people, ratioSentence, thankYouSentence } from './stats-message.js';

/** Waiting invitations with buttons: two blocks each, so 25 keep the tab far below 100 blocks. */
export const HOME_PENDING_SHOWN = 25;
export const HOME_OWED_SHOWN = 10;
export const HOME_RECENT_SHOWN = 10;

const START_HINT =
  'To check an invitation, type `/invite-check` in any channel and paste it (from the email or the web page), ' +
  'or type `/invite-check` alone for a form. On a message that holds one, choose *Check this invitation* in its *⋯* menu. ' +
  '`/invite-check help` shows everything I can do.';

/** The App Home tab: the person's own dashboard. */
export function appHome(model: HomeModel): HomeView {
  const newcomer = isNewcomer(model);
  const blocks: KnownBlock[] = [header('Your invitations'), introSection(model.userId, newcomer), settingsSummary(model.settings)];
  if (newcomer) {
    blocks.push(
      { type: 'divider' },
      section(
        // Nothing can be forwarded to the Home tab: the welcome names the command instead.
        "*Welcome!* When a connection invitation arrives, check it with `/invite-check` and I'll recommend what to do, with reasons, " +
          `and your team can add what they know.\n${START_HINT}`,
      ),
    );
    return { type: 'home', blocks };
  }
  blocks.push({ type: 'divider' }, ...pendingBlocks(model.pending, Math.max(model.pendingTotal, model.pending.length)));
  blocks.push({ type: 'divider' }, owedSection(model));
  blocks.push({ type: 'divider' }, recentSection(model.recent));
  blocks.push({ type: 'divider' }, statsSection(model.stats));
  blocks.push(context(START_HINT));
  return { type: 'home', blocks };
}

function introSection(userId: string, newcomer: boolean): SectionBlock {
  const what = newcomer ? 'This page will show what is waiting for you, and how it is going.' : "Here's what is waiting for you, and how it's going.";
  return {
    type: 'section',
    text: mrkdwn(`Hi ${mention(userId)}! ${what} Only you can see this page.`),
    accessory: button(ACTIONS.openSettings, 'Settings', 'settings'),
  };
}

/** Rendered characters of one focus list shown before "and N more": the summary stays a glance. */
const FOCUS_LIST_SHOWN = 100;
const FOCUS_TERM_SHOWN = 60;
const FOCUS_TEXT_SHOWN = 80;

/**
 * The person's settings at a glance, under the Settings button: what the button changes, and so
 * where a save from this tab shows. Values left to the workspace say so.
 */
function settingsSummary(settings: SettingsModel): ContextBlock {
  return context(`${focusLine(settings)}\n${messagingLine(settings)}`);
}

function focusLine({ current: { focus } }: SettingsModel): string {
  const parts = [
    termsPart('industries', focus.industries),
    termsPart('roles', focus.roles),
    termsPart('keywords', focus.keywords),
  ].filter((part): part is string => part !== null);
  const freeText = collapseWhitespace(focus.freeText ?? '');
  if (freeText !== '') parts.push(`in your words: “${inertText(freeText, FOCUS_TEXT_SHOWN)}”`);
  if (parts.length === 0) return "*Your focus:* none yet. Tell me in *Settings* what you're looking for, and I'll weigh how well each invitation fits it.";
  return `*Your focus:* ${parts.join(' · ')}`;
}

/** "roles: data engineer, head of partnerships and 3 more": whole terms while they fit, each escaped. */
function termsPart(label: string, terms: readonly string[]): string | null {
  const named = terms.map(collapseWhitespace).filter((term) => term !== '');
  if (named.length === 0) return null;
  const shown: string[] = [];
  let length = 0;
  for (const term of named) {
    const rendered = inertText(term, FOCUS_TERM_SHOWN);
    const added = (shown.length > 0 ? 2 : 0) + rendered.length;
    if (shown.length > 0 && length + added > FOCUS_LIST_SHOWN) break;
    shown.push(rendered);
    length += added;
  }
  const hidden = named.length - shown.length;
  return `${label}: ${shown.join(', ')}${hidden > 0 ? ` and ${hidden} more` : ''}`;
}

/**
 * Hours, days, the thank-you delay and the review, as the reminders use them: hours that would end
 * before they start, or no days, fall back to the workspace's (see personalWorkingWindow).
 */
function messagingLine({ current, workspace }: SettingsModel): string {
  const start = current.workStart ?? workspace.workStart;
  const end = current.workEnd ?? workspace.workEnd;
  const ownHours = (current.workStart !== null || current.workEnd !== null) && (minuteOfDay(start) ?? 0) < (minuteOfDay(end) ?? 0);
  const ownDays = current.workDays !== null && current.workDays.length > 0;
  const hours = ownHours ? `${start}–${end}` : `${workspace.workStart}–${workspace.workEnd}`;
  const days = describeDays(ownDays && current.workDays !== null ? current.workDays : workspace.workDays);
  const when =
    !ownHours && !ownDays
      ? `${hours}, ${days} (workspace default)`
      : !ownHours
        ? `${hours} (the workspace's hours), ${days}`
        : !ownDays
          ? `${hours}, ${days} (the workspace's days)`
          : `${hours}, ${days}`;
  const choice = THANK_YOU_DELAY_CHOICES.find((delay) => delay.code === current.thankYouDelay);
  const delay =
    choice === undefined || choice.code === 'workspace'
      ? `${text(workspace.delayLabel, 60)} (workspace default)`
      : choice.label.charAt(0).toLowerCase() + choice.label.slice(1);
  return `*When I may message you:* ${when} · thank-you reminders: ${delay} · weekly review: ${current.weeklyReview ? 'on' : 'off'}`;
}

function isNewcomer(model: HomeModel): boolean {
  const decided = totalDecided(model.stats.allTime);
  return model.pendingTotal <= 0 && model.pending.length === 0 && model.owedTotal <= 0 && model.owed.length === 0 && model.recent.length === 0 && decided === 0;
}

function pendingBlocks(pending: readonly PendingItem[], total: number): KnownBlock[] {
  // The how-to is at the foot of the tab already.
  if (total === 0) return [section(':hourglass_flowing_sand: *Waiting for your decision*\nNothing is waiting.')];
  const shown = uniqueBy(pending, (item) => item.invitationId).slice(0, HOME_PENDING_SHOWN);
  const blocks: KnownBlock[] = [section(`:hourglass_flowing_sand: *Waiting for your decision* (${total})`)];
  for (const item of shown) {
    const id = String(item.invitationId);
    blocks.push(
      section(pendingItemText(item)),
      actions(`home_pending:${item.invitationId}`, [button(ACTIONS.accept, 'Accept', id, 'primary'), button(ACTIONS.ignore, 'Ignore…', id)]),
    );
  }
  if (total > shown.length) blocks.push(context(`${moreLine(total - shown.length, 'waiting')}. Their cards have the same buttons.`));
  return blocks;
}

/**
 * A waiting invitation, with a link to its card when Slack gave one: the card has what the two
 * buttons here do not (Decline, Block, Edit details, teammates' words). A card never posted as a
 * message (shown only privately, or nowhere) has no link, and its item says nothing of one.
 */
function pendingItemText(item: PendingItem): string {
  const link = item.cardLink ? messageLink(item.cardLink, 'Open the card') : null;
  return link === null ? pendingText(item) : `${pendingText(item)} · ${link}`;
}

function owedSection(model: HomeModel): KnownBlock {
  const total = Math.max(model.owedTotal, model.owed.length);
  if (total === 0) return section(":email: *Thank-yous you owe*\nYou're all caught up. Nice.");
  const lines = model.owed.slice(0, HOME_OWED_SHOWN).map((item) => owedLine(item));
  const heading = `:email: *Thank-yous you owe* (${total})\nEach gets a ready-to-send note in your DM with me during your working hours: press *Sent it* there once you've thanked them.`;
  return section(joinWithin(heading, lines, total, LIMITS.sectionText));
}

function recentSection(recent: readonly RecentDecision[]): KnownBlock {
  if (recent.length === 0) return section('*Your latest decisions*\nNo decisions yet. Decide on a card with its buttons, and it shows up here.');
  const lines = recent.slice(0, HOME_RECENT_SHOWN).map(recentLine);
  return section(joinWithin('*Your latest decisions*', lines, lines.length, LIMITS.sectionText));
}

function recentLine(item: RecentDecision): string {
  const line = `${STATUS_EMOJI[item.status]} *${inertText(displayName(item.name), 200)}*: ${STATUS_LABEL[item.status]} ${slackDate(item.decidedAt, '{date_short_pretty}')}`;
  const reason = item.reason ? collapseWhitespace(item.reason) : '';
  return reason === '' ? line : `${line} · ${text(reason, 200)}`;
}

function statsSection(stats: StatsModel): KnownBlock {
  const month = text(stats.monthLabel, 100) || 'This month';
  return section(
    [
      `:bar_chart: *${month}:* ${countsLine(stats.month)}`,
      `*All time:* ${countsLine(stats.allTime)}`,
      ratioSentence(stats.ignoreRatio),
      thankYouSentence(stats.thankYous),
    ].join('\n'),
  );
}

/**
 * In people, each once however often checked (see InsightsService.stats). No "waiting" here: the
 * list above counts waiting checks, and a person checked twice would read as two there, one here.
 */
function countsLine(counts: DecisionCounts): string {
  return `you accepted ${people(counts.accepted)}, ignored ${counts.ignored}, declined ${counts.declined}, blocked ${counts.blocked}`;
}

function totalDecided(counts: DecisionCounts): number {
  return counts.accepted + counts.ignored + counts.declined + counts.blocked;
}
