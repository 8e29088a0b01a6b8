import type { HomeView, KnownBlock, SectionBlock } from '@slack/types';
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
import { inertText, LIMITS, mention, mrkdwn, slackDate, text } from './format.js';
import { ACTIONS } from './ids.js';
import type { DecisionCounts, HomeModel, PendingItem, RecentDecision, StatsModel } from './models.js';
import { owedLine, pendingText } from './list-lines.js';
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
  const blocks: KnownBlock[] = [header('Your invitations'), introSection(model.userId, newcomer)];
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
      section(pendingText(item)),
      actions(`home_pending:${item.invitationId}`, [button(ACTIONS.accept, 'Accept', id, 'primary'), button(ACTIONS.ignore, 'Ignore…', id)]),
    );
  }
  if (total > shown.length) blocks.push(context(`${moreLine(total - shown.length, 'waiting')}. Their cards have the same buttons.`));
  return blocks;
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
