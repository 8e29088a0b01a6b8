import type { InvitationRecord } from '../db/invitations-repo.js';
import type { ExportedWord, ExportRow, ForgettableCheck, PersonalFootprint, ReviewDmRecord } from '../db/privacy-repo.js';
import { toCsv } from '../domain/csv.js';
import { nameKey } from '../domain/person-key.js';
import { findProfileUrl } from '../domain/profile-url.js';
import { cleanSingleLine, decodeSlackText } from '../domain/slack-text.js';
import { mrkdwn, plural } from '../views/format.js';
import { commentsOnCards } from '../views/privacy.js';
import { clearedReviewMessage } from '../views/review-message.js';
import type { ServiceDeps } from './deps.js';
import { createInsightsService, type InsightsService } from './insights.js';
import { createInvitationService, type InvitationService } from './invitations.js';
import { describeSlackFailure, slackErrorCode } from './slack-errors.js';
import { createThankYouDms, type ThankYouDmChange } from './thank-you-dms.js';

const EXPORT_HEADER = [
  'checked_at',
  'name',
  'headline',
  'company',
  'mutual_connections',
  'note',
  'profile_url',
  'source',
  'recommendation',
  'score',
  'decision',
  'decided_at',
  'decision_reason',
  'decision_note',
  'details_removed_at',
];

/** Thank-you DMs that named a forgotten person: the others they list stay; with nobody left, the DM says it was removed. */
const FORGOTTEN: ThankYouDmChange = { kind: 'forgotten', who: 'person' };
const FORGOTTEN_ME: ThankYouDmChange = { kind: 'forgotten', who: 'you' };

const REMOVED_CARD = ":wastebasket: This invitation card was removed at its owner's request.";

export type PrivacyService = ReturnType<typeof createPrivacyService>;

/** Forget one person, forget me, export my records. */
export function createPrivacyService(
  deps: ServiceDeps & {
    /** Weighs and redraws the cards that quoted what is forgotten; made from `deps` when not given. */
    invitations?: InvitationService;
    /** Redraws the weekly reviews that named what is forgotten; made from `deps` when not given. */
    insights?: InsightsService;
  },
) {
  const { repos, client, logger, clock } = deps;
  const invitations = deps.invitations ?? createInvitationService(deps);
  const insights = deps.insights ?? createInsightsService(deps);
  const thankYouDms = createThankYouDms(deps);

  /** The owner's checks of the person they named (a profile URL, or a name as written). */
  function findPerson(teamId: string, ownerId: string, rawQuery: string): { label: string; checks: ForgettableCheck[] } {
    const query = cleanSingleLine(decodeSlackText(rawQuery), 300);
    const profileUrl = findProfileUrl(query);
    const key = profileUrl === null ? nameKey(query) : null;
    const checks = query === '' || key === '' ? [] : repos.privacy.checksOfPerson(teamId, ownerId, { profileUrl, nameKey: key });
    return { label: profileUrl ?? query, checks };
  }

  /**
   * Deletes the checks (only the owner's), blanks their cards and settles the thank-you DMs that
   * named them. Teammates' later checks of the same person quoted these decisions as history, so
   * they are weighed again without them and their cards redrawn.
   */
  async function forgetChecks(teamId: string, ownerId: string, ids: readonly number[]): Promise<{ removed: number; cardsLeft: number; cardsUnknownIn: string[] }> {
    const { result, changed } = invitations.reweighForgetting(teamId, {
      traces: () => ({ ...repos.privacy.tracesOfChecks(teamId, ownerId, ids), names: [] }),
      forget: () => {
        const dms = repos.privacy.thankYouDmsOfChecks(teamId, ownerId, ids);
        const reviews = repos.privacy.reviewDmsOfChecks(teamId, ownerId, ids, clock());
        return { dms, reviews, removed: repos.privacy.forgetChecks(teamId, ownerId, ids) };
      },
    });
    logger.info("Checks forgotten at the owner's request", { teamId, count: result.removed.length, reweighed: changed.length });
    const cardsLeft =
      (await blankCards(result.removed)) +
      (await thankYouDms.redraw(teamId, ownerId, result.dms, FORGOTTEN)) +
      (await settleReviewDms(teamId, ownerId, result.reviews, 'someone'));
    await invitations.redrawForgetting(changed);
    await deps.afterChange?.(teamId, ownerId);
    await refreshOthersHomes(teamId, ownerId, changed);
    return { removed: result.removed.length, cardsLeft, cardsUnknownIn: unknownCards(result.removed) };
  }

  function footprint(teamId: string, userId: string): PersonalFootprint {
    return repos.privacy.footprint(teamId, userId);
  }

  /**
   * Removes everything stored about the person who asks. Their words and decisions were also
   * copied into teammates' weighings (reasons are stored as text), so those are weighed again
   * without them and redrawn, and their own thank-you DMs lose the names.
   */
  async function forgetMe(teamId: string, userId: string): Promise<{ removed: PersonalFootprint; cardsLeft: number; cardsUnknownIn: string[] }> {
    const { result, changed } = invitations.reweighForgetting(teamId, {
      traces: () => {
        const name = deps.users.cachedProfile(teamId, userId)?.realName ?? null;
        return { ...repos.privacy.tracesOfPerson(teamId, userId), names: name === null ? [] : [name] };
      },
      forget: () => {
        const dms = repos.privacy.thankYouDmsOfOwner(teamId, userId);
        const reviews = repos.privacy.reviewDmsOfOwner(teamId, userId, clock());
        return { dms, reviews, ...repos.privacy.forgetPerson(teamId, userId) };
      },
    });
    logger.info("A person's records were forgotten at their request", { teamId, ...result.removed, reweighed: changed.length });
    const cardsLeft =
      (await blankCards(result.cards)) +
      (await thankYouDms.redraw(teamId, userId, result.dms, FORGOTTEN_ME)) +
      (await settleReviewDms(teamId, userId, result.reviews, 'you'));
    await invitations.redrawForgetting(changed);
    if (deps.afterChange !== undefined) {
      await deps.afterChange(teamId, userId);
      // Publishing the emptied Home asked Slack for their time zone and cached it: forget it again.
      repos.privacy.forgetSlackUser(teamId, userId);
    }
    await refreshOthersHomes(teamId, userId, changed);
    return { removed: result.removed, cardsLeft, cardsUnknownIn: unknownCards(result.cards) };
  }

  /**
   * Where a card may be that nobody can blank: Slack never answered its post, and no click has
   * shown where it is (the app cannot read channel history). One channel per card; logged by count.
   */
  function unknownCards(cards: readonly ForgettableCheck[]): string[] {
    const places = cards.flatMap((card) => (card.unansweredPostIn === undefined || card.unansweredPostIn === null ? [] : [card.unansweredPostIn]));
    if (places.length > 0) logger.warn('Forgotten checks may have cards in Slack whose place was never known; the person is asked to delete them', { count: places.length });
    return places;
  }

  /** The Home tabs listing a waiting invitation whose recommendation a forgetting changed. */
  async function refreshOthersHomes(teamId: string, forgottenBy: string, changed: readonly InvitationRecord[]): Promise<void> {
    const owners = new Set(changed.filter((invitation) => invitation.status === 'pending').map((invitation) => invitation.ownerId));
    owners.delete(forgottenBy);
    for (const ownerId of owners) await deps.afterChange?.(teamId, ownerId);
  }

  /** Blanks the cards in Slack; returns how many could not be blanked (the person is told). */
  async function blankCards(cards: readonly ForgettableCheck[]): Promise<number> {
    let failed = 0;
    for (const card of cards) {
      if (card.channelId === null || card.messageTs === null) continue;
      try {
        await client.chat.update({ channel: card.channelId, ts: card.messageTs, text: REMOVED_CARD, blocks: [{ type: 'section', text: mrkdwn(REMOVED_CARD) }] });
      } catch (error) {
        // A card someone already deleted is as good as blanked.
        if (slackErrorCode(error) !== 'message_not_found') failed += 1;
        logger.warn('Could not blank a forgotten card', { failure: describeSlackFailure(error) });
      }
    }
    return failed;
  }

  /**
   * Redraws the weekly review DMs that named someone forgotten. The newest shows the review as it
   * stands now (as a click in it would); older ones, which showed past weeks, are cleared rather
   * than made to show this week. After forget-me (`who` is 'you') every one is cleared. Returns
   * how many Slack would not change (the person is told, as for cards).
   */
  async function settleReviewDms(teamId: string, userId: string, reviews: readonly ReviewDmRecord[], who: 'someone' | 'you'): Promise<number> {
    let failed = 0;
    for (const review of reviews) {
      const dm = { channelId: review.channelId, ts: review.ts };
      try {
        if (review.latest && who === 'someone') {
          await client.chat.update({ channel: dm.channelId, ts: dm.ts, ...insights.currentReview(teamId, userId, dm) });
        } else {
          await client.chat.update({ channel: dm.channelId, ts: dm.ts, ...clearedReviewMessage(who) });
          if (who === 'someone') repos.privacy.reviewCleared(teamId, userId, review.week);
        }
      } catch (error) {
        if (slackErrorCode(error) !== 'message_not_found') failed += 1;
        logger.warn('Could not redraw a weekly review after a forgetting', { failure: describeSlackFailure(error) });
      }
    }
    return failed;
  }

  /** The owner's records as CSV: their checks, and the words they added on teammates' cards. */
  function exportCsv(teamId: string, ownerId: string): ExportFiles {
    const rows = repos.privacy.exportRows(teamId, ownerId);
    const words = repos.privacy.exportWords(teamId, ownerId);
    const day = clock().toISOString().slice(0, 10);
    return {
      checks: { filename: `invite-check-export-${day}.csv`, content: toCsv(EXPORT_HEADER, rows.map(exportLine)), rows: rows.length },
      words: { filename: `invite-check-comments-${day}.csv`, content: toCsv(WORDS_HEADER, words.map(wordLine)), rows: words.length },
    };
  }

  /**
   * Sends the export as CSV files in the person's DM with the app (the checks, and the words on
   * teammates' cards, each only when there is any), and returns how many rows each held; with
   * none, nothing is sent. Throws what Slack throws.
   */
  async function sendExport(teamId: string, ownerId: string): Promise<{ checks: number; words: number }> {
    const files = exportCsv(teamId, ownerId);
    const counts = { checks: files.checks.rows, words: files.words.rows };
    if (counts.checks + counts.words === 0) return counts;
    const channel = await deps.users.dmChannel(teamId, ownerId);
    const uploads = [
      ...(counts.checks > 0 ? [{ filename: files.checks.filename, title: 'Your invite-check records', content: files.checks.content }] : []),
      ...(counts.words > 0 ? [{ filename: files.words.filename, title: "Your comments on teammates' cards", content: files.words.content }] : []),
    ];
    await client.filesUploadV2({ channel_id: channel, file_uploads: uploads, initial_comment: exportComment(counts) });
    logger.info('Export sent', { teamId, ...counts });
    return counts;
  }

  return { findPerson, forgetChecks, footprint, forgetMe, exportCsv, sendExport };
}

interface ExportFiles {
  checks: { filename: string; content: string; rows: number };
  words: { filename: string; content: string; rows: number };
}

const WORDS_HEADER = ['given_at', 'name', 'word', 'note'];

function wordLine(word: ExportedWord): (string | number | null)[] {
  return [new Date(word.updated_at).toISOString(), word.name, word.kind === 'caution' ? 'heads-up' : 'I know them', word.note];
}

function exportComment({ checks, words }: { checks: number; words: number }): string {
  const parts = [
    checks > 0 ? `${plural(checks, 'invitation', 'invitations')} you checked` : null,
    words > 0 ? commentsOnCards(words, 'you left') : null,
  ].filter((part) => part !== null);
  return `Here are your records: ${parts.join(', and ')}, one row each.`;
}

function exportLine(row: ExportRow): (string | number | null)[] {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return [
    iso(row.created_at),
    row.name,
    row.headline,
    row.company,
    row.mutual_connections,
    row.note,
    row.profile_url,
    row.source,
    row.recommendation,
    row.score,
    row.status,
    iso(row.decided_at),
    row.decision_reason,
    row.decision_note,
    iso(row.details_removed_at),
  ];
}
