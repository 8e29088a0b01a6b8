import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { DecisionEvent } from '../db/decision-events-repo.js';
import type { InvitationRecord } from '../db/invitations-repo.js';
import type { DigestRecord, ExportedWord, ExportRow, ForgettableCheck, ForgottenMessage, PersonalFootprint, ReviewDmRecord, ThankYouDm } from '../db/privacy-repo.js';
import { toCsv } from '../domain/csv.js';
import { nameKey } from '../domain/person-key.js';
import { findProfileUrl } from '../domain/profile-url.js';
import { localDateLabel, safeTimeZone } from '../domain/schedule.js';
import { cleanSingleLine, decodeSlackText } from '../domain/slack-text.js';
// The catch-up job's pace, to tell people about when the messages left to it will be changed.
import { catchUpMinutes } from '../jobs/stale-cards.js';
import { mrkdwn, plural } from '../views/format.js';
import { commentsOnCards } from '../views/privacy.js';
import { clearedReviewMessage } from '../views/review-message.js';
import { teamDigestMessage } from '../views/team-digest.js';
import type { ServiceDeps } from './deps.js';
import { createInsightsService, type InsightsService } from './insights.js';
import { CARDS_REDRAWN_AFTER_REWEIGHING, createInvitationService, type InvitationService } from './invitations/index.js';
import { describeSlackFailure, MESSAGE_BEYOND_REACH, rateLimitRetryAfter, SLACK_SIDE_FAILURES, slackErrorCode } from './slack-errors.js';
import { findTaggedMessages, WEEKLY_REVIEW_EVENT } from './posted-messages.js';
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
  // Each decision before the current one, a line each (see earlierDecisionsCell).
  'earlier_decisions',
];

/** Thank-you DMs that named a forgotten person: the others they list stay; with nobody left, the DM says it was removed. */
const FORGOTTEN: ThankYouDmChange = { kind: 'forgotten', who: 'person' };
const FORGOTTEN_ME: ThankYouDmChange = { kind: 'forgotten', who: 'you' };

const REMOVED_CARD = ":wastebasket: This invitation card was removed at its owner's request.";
const REMOVED_DIGEST = ':wastebasket: This team digest was removed.';

/**
 * How many Slack messages one forgetting changes at once (on `updatesClient`), the person's own
 * (cards, thank-you DMs, weekly reviews) first, newest first, then teammates' cards that quoted
 * them. As for a focus change: chat.update is Tier 3 (about 50 a minute, shared with every click,
 * and a 429 on that client holds up every command and modal while it waits), so forgetting one
 * person with a few cards is done at once, and the rest of a large history goes to the card
 * catch-up job, at its pace, on the sweeps' client, across restarts.
 */
export const MESSAGES_CHANGED_AT_ONCE = CARDS_REDRAWN_AFTER_REWEIGHING;

/**
 * How many teammates' Home tabs one forgetting publishes again at once (on `updatesClient`), those
 * with the newest waiting invitation it weighed again first. A Home is drawn afresh each time it
 * is opened (app_home_opened), so one not published now is only out of date until then, and what
 * it shows of the change is a recommendation, never the forgotten words: waiting on Slack for
 * every teammate's would only keep the person waiting for their answer.
 */
export const HOMES_REFRESHED_AT_ONCE = 5;

/** What a forgetting did to the messages in Slack, for the person to be told. */
export interface ForgettingInSlack {
  /** Messages Slack would not let the app change: the person is asked to delete them by hand. */
  cardsLeft: number;
  /** Where a card may be that nobody can blank (see `unknownCards`). */
  cardsUnknownIn: string[];
  /** Messages left to the card catch-up job, and about how many minutes it needs for them (and all before them). */
  later: { messages: number; minutes: number };
}

/** A message to change, before it is queued. */
type OwnMessage = Omit<ForgottenMessage, 'id'>;

/** A queued message; `current`: a newest weekly review, drawn at once as it stands rather than cleared. */
interface QueuedMessage {
  message: OwnMessage;
  current: boolean;
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;

/** Forget one person, forget me, export my records. */
export function createPrivacyService(
  deps: ServiceDeps & {
    /** Weighs and redraws the cards that quoted what is forgotten; made from `deps` when not given. */
    invitations?: InvitationService;
    /** Redraws the weekly reviews that named what is forgotten; made from `deps` when not given. */
    insights?: InsightsService;
    /**
     * The client for the messages a forgetting changes at once (the person's own and teammates'
     * cards): one that hands a rate limit back at once (the sweeps'), so the rest go to the
     * catch-up job; the commands' client waits a 429's Retry-After out with its whole queue
     * paused, holding up everyone's cards and modals.
     */
    updatesClient?: WebClient;
  },
) {
  const { repos, client, logger, clock } = deps;
  const updatesClient = deps.updatesClient ?? client;
  const invitations = deps.invitations ?? createInvitationService(deps);
  const insights = deps.insights ?? createInsightsService(deps);
  const thankYouDms = createThankYouDms(deps);
  /** Digests being redrawn: whom each drawing may show (see digestOvertaken). */
  const digestsDrawn = new Map<string, number[]>();

  /** The owner's checks of the person they named (a profile URL, or a name as written). */
  function findPerson(teamId: string, ownerId: string, rawQuery: string): { label: string; checks: ForgettableCheck[] } {
    const query = cleanSingleLine(decodeSlackText(rawQuery), 300);
    const profileUrl = findProfileUrl(query);
    const key = profileUrl === null ? nameKey(query) : null;
    const checks = query === '' || key === '' ? [] : repos.privacy.checksOfPerson(teamId, ownerId, { profileUrl, nameKey: key });
    return { label: profileUrl ?? query, checks };
  }

  /**
   * Deletes the checks (only the owner's), blanks their cards and settles the thank-you DMs and
   * weekly reviews that named them. Teammates' later checks of the same person quoted these
   * decisions as history, so they are weighed again without them and their cards redrawn. The
   * records go at once; of the messages in Slack only MESSAGES_CHANGED_AT_ONCE are changed now.
   */
  async function forgetChecks(teamId: string, ownerId: string, ids: readonly number[]): Promise<{ removed: number } & ForgettingInSlack> {
    // A review a dead sweep posted is cleared too if it names one of these checks: as its post
    // recorded when it began; for a claim stamped before that was recorded, if one of them was
    // made before its post began (as the sweep records a found one: see staleReviewFound).
    const firstMade = repos.privacy.firstCheckMade(teamId, ownerId, ids);
    const unsure = firstMade === null ? [] : await unsureReviewDms(teamId, ownerId, { ids, firstMade });
    const { result, changed, marked } = invitations.reweighForgetting(teamId, {
      traces: () => ({ ...repos.privacy.tracesOfChecks(teamId, ownerId, ids), names: [] }),
      forget: () => {
        const dms = repos.privacy.thankYouDmsOfChecks(teamId, ownerId, ids);
        const reviews = repos.privacy.reviewDmsOfChecks(teamId, ownerId, ids, clock());
        const digests = repos.privacy.digestsOfChecks(teamId, ownerId, ids);
        const removed = repos.privacy.forgetChecks(teamId, ownerId, ids, clock(), invitations.cardsBeingShown());
        // The newest review shows the review as it stands (a click in it would): drawn so at once,
        // first. It is queued like the rest, to be cleared should Slack not take it now.
        const latest = reviews.filter((review) => review.latest).map((review) => ({ message: reviewMessage(teamId, review, 'person', ownerId), current: true }));
        const rest = [
          ...cardMessages(teamId, removed, 'person'),
          ...thankYouMessages(teamId, dms, 'person'),
          ...reviews.filter((review) => !review.latest).map((review) => reviewMessage(teamId, review, 'person', ownerId)),
          // A lost post is not the DM its week's record names: clearing it leaves those names be.
          ...unsure.map((review) => reviewMessage(teamId, review, 'person', review.lostPost === true ? null : ownerId)),
          ...digestMessages(teamId, digests, 'person'),
        ].map((message) => ({ message, current: false }));
        const queued = queue([...latest, ...rest]);
        repos.privacy.lostReviewPostsCleared(teamId, ownerId, unsure.flatMap((review) => (review.lostPost === true ? [review.week] : [])));
        return { removed, messages: queued };
      },
    });
    logger.info("Checks forgotten at the owner's request", { teamId, count: result.removed.length, reweighed: changed.length });
    const settled = await settle(result.messages, (message) => insights.currentReview(teamId, ownerId, { channelId: message.channelId, ts: message.ts }));
    const inSlack = await finish(teamId, ownerId, { changed, marked }, result.removed, settled, 'owner stays');
    return { removed: result.removed.length, ...inSlack };
  }

  /**
   * Review DMs a sweep that died may have posted (a claim whose post began and was never recorded:
   * the app was down, or the next week was claimed instead), found in the person's DM by the week
   * they were tagged with, so that forgetting reaches them too. When Slack will not show the DM
   * (say the app lacks im:history), none: logged. With `naming`, only those that may name one of
   * its checks: that named one as their post began, or, where that was not recorded, whose post
   * began after the first of them was made (one posted before a check was made cannot name it).
   */
  async function unsureReviewDms(teamId: string, userId: string, naming: { ids: readonly number[]; firstMade: Date } | null = null): Promise<ReviewDmRecord[]> {
    const forgotten = new Set(naming?.ids);
    const unsure = repos.privacy
      .unsureReviewsOfOwner(teamId, userId)
      .filter((claim) => naming === null || (claim.names === null ? claim.postStartedAt >= naming.firstMade : claim.names.some((id) => forgotten.has(id))));
    const first = unsure.reduce<Date | null>((earliest, claim) => (earliest === null || claim.postStartedAt < earliest ? claim.postStartedAt : earliest), null);
    if (first === null) return [];
    try {
      const channelId = deps.users.cachedDmChannel(teamId, userId) ?? (await deps.users.dmChannel(teamId, userId));
      const tagged = await findTaggedMessages(client, { channel: channelId, eventType: WEEKLY_REVIEW_EVENT, since: first });
      // A lost post is any DM tagged with its week but the one its week's record names; a claim's
      // own (not lost) first, should one week be both.
      const byKind = [...unsure].sort((a, b) => Number(a.lostPost) - Number(b.lostPost));
      return tagged.flatMap((message) => {
        const claim = byKind.find((entry) => entry.week === message.payload.week && entry.recordedTs !== message.ts);
        return claim === undefined ? [] : [{ week: claim.week, channelId, ts: message.ts, latest: false, lostPost: claim.lostPost }];
      });
    } catch (error) {
      logger.warn('Could not look in the DM for a weekly review a stopped sweep may have posted', { teamId, failure: describeSlackFailure(error) });
      return [];
    }
  }

  function footprint(teamId: string, userId: string): PersonalFootprint {
    return repos.privacy.footprint(teamId, userId);
  }

  /**
   * Removes everything stored about the person who asks. Their words and decisions were also
   * copied into teammates' weighings (reasons are stored as text), so those are weighed again
   * without them and redrawn, and their own thank-you DMs lose the names.
   */
  async function forgetMe(teamId: string, userId: string): Promise<{ removed: PersonalFootprint } & ForgettingInSlack> {
    // Looked for before the records go: a review a dead sweep posted is known only by its claim.
    const unsure = await unsureReviewDms(teamId, userId);
    const { result, changed, marked } = invitations.reweighForgetting(teamId, {
      traces: () => {
        const name = deps.users.cachedProfile(teamId, userId)?.realName ?? null;
        return { ...repos.privacy.tracesOfPerson(teamId, userId), names: name === null ? [] : [name] };
      },
      forget: () => {
        const dms = repos.privacy.thankYouDmsOfOwner(teamId, userId);
        const reviews = repos.privacy.reviewDmsOfOwner(teamId, userId, clock());
        const digests = repos.privacy.digestsOfOwner(teamId, userId);
        const forgotten = repos.privacy.forgetPerson(teamId, userId, clock(), invitations.cardsBeingShown());
        const messages = [
          ...cardMessages(teamId, forgotten.cards, 'you'),
          ...thankYouMessages(teamId, dms, 'you'),
          ...[...reviews, ...unsure].map((review) => reviewMessage(teamId, review, 'you', null)),
          ...digestMessages(teamId, digests, 'you'),
        ].map((message) => ({ message, current: false }));
        return { ...forgotten, messages: queue(messages) };
      },
    });
    logger.info("A person's records were forgotten at their request", { teamId, ...result.removed, reweighed: changed.length });
    const settled = await settle(result.messages, null);
    return { removed: result.removed, ...(await finish(teamId, userId, { changed, marked }, result.cards, settled, 'person forgotten')) };
  }

  /**
   * Queues every message a forgetting reaches for the card catch-up job, inside the forgetting's
   * transaction: the records never go without the messages that still show them being queued, even
   * if the process dies a moment later. Those changed at once are let go as Slack takes them (see
   * `settle`).
   */
  function queue(messages: readonly QueuedMessage[]): QueuedMessage[] {
    const unique = uniqueMessages(messages);
    repos.privacy.queueForgottenMessages(unique.map((entry) => entry.message), clock());
    return unique;
  }

  /**
   * After the person's own messages: teammates' cards weighed again, with what is left of the
   * messages changed at once (the rest stay marked for the catch-up job); then the Home tabs; then
   * what to tell the person.
   */
  async function finish(
    teamId: string,
    userId: string,
    reweighed: { changed: readonly InvitationRecord[]; marked: { at: Date; count: number } },
    cards: readonly ForgettableCheck[],
    settled: { cardsLeft: number; changedNow: number; queued: number; stopped: boolean },
    who: 'owner stays' | 'person forgotten',
  ): Promise<ForgettingInSlack> {
    const { changed, marked } = reweighed;
    // After a passing failure (Slack down, a rate limit), teammates' cards wait for the job too.
    // Redrawn on the same client as the person's own, which hands a 429 back at once.
    const atOnce = settled.stopped ? 0 : MESSAGES_CHANGED_AT_ONCE - settled.changedNow;
    const redrawn = await invitations.redrawForgetting(changed, atOnce, marked, updatesClient);
    if (deps.afterChange !== undefined) {
      await deps.afterChange(teamId, userId);
      // Publishing the emptied Home asked Slack for their time zone and cached it: forget it again.
      if (who === 'person forgotten') repos.privacy.forgetSlackUser(teamId, userId);
    }
    await refreshOthersHomes(teamId, userId, changed);
    const later = settled.queued + redrawn.left;
    // Everything waiting goes before or beside these: the estimate counts it all.
    const waiting = later === 0 ? 0 : repos.privacy.forgottenMessageCount() + repos.invitations.staleCardCount();
    const minutes = catchUpMinutes(waiting, deps.settings.sweepGapMs ?? DEFAULT_SWEEP_GAP_MS);
    if (later > 0) logger.info('Messages left to the card catch-up after a forgetting', { teamId, later, waiting, minutes });
    return { cardsLeft: settled.cardsLeft, cardsUnknownIn: unknownCards(cards), later: { messages: later, minutes } };
  }

  /**
   * Changes the first MESSAGES_CHANGED_AT_ONCE of the queued `messages` now, on `updatesClient`,
   * and lets each go once Slack has taken it (or refused it for good); the rest stay queued for the
   * card catch-up job. After a failure for a passing reason (down, a rate limit) the rest wait too:
   * no use pressing on into an outage, and teammates' cards then wait for the job as well. `current` draws a newest
   * review as it stands. `cardsLeft`: those Slack refused for good (the person is asked to delete them).
   */
  async function settle(
    messages: readonly QueuedMessage[],
    current: ((message: OwnMessage) => Promise<{ text: string; blocks: KnownBlock[] }> | { text: string; blocks: KnownBlock[] }) | null,
  ): Promise<{ cardsLeft: number; changedNow: number; queued: number; stopped: boolean }> {
    let cardsLeft = 0;
    let changedNow = 0;
    let done = 0;
    let stopped = false;
    for (const { message, current: asItStands } of messages) {
      if (changedNow >= MESSAGES_CHANGED_AT_ONCE) break;
      changedNow += 1;
      const draw = asItStands && current !== null ? () => current(message) : () => messageFor(message);
      const outcome = await change(message, draw);
      if (outcome === 'passing') {
        stopped = true;
        break;
      }
      if (outcome === 'refused') cardsLeft += 1;
      // Left queued: the job draws it again.
      if (outcome === 'changed' && digestOvertaken(message)) continue;
      // The newest review drawn as it stands still names whom it names now: not cleared.
      if (outcome === 'changed' && !asItStands) afterChanged(message);
      repos.privacy.forgottenMessageDone(message);
      done += 1;
    }
    return { cardsLeft, changedNow, queued: messages.length - done, stopped };
  }

  /** One chat.update: `refused` when Slack will never take it, `passing` to try again later. */
  async function change(
    where: { channelId: string; ts: string },
    draw: () => Promise<{ text: string; blocks: KnownBlock[] }> | { text: string; blocks: KnownBlock[] },
  ): Promise<'changed' | 'refused' | 'passing'> {
    try {
      await updatesClient.chat.update({ channel: where.channelId, ts: where.ts, ...(await draw()) });
      return 'changed';
    } catch (error) {
      logger.warn('Could not change a message after a forgetting', { failure: describeSlackFailure(error) });
      const code = slackErrorCode(error);
      // A message someone already deleted is as good as blanked.
      if (code === 'message_not_found') return 'changed';
      return code === null || SLACK_SIDE_FAILURES.has(code) ? 'passing' : 'refused';
    }
  }

  /** What a message a forgetting reached says now. */
  async function messageFor(message: OwnMessage): Promise<{ text: string; blocks: KnownBlock[] }> {
    switch (message.kind) {
      case 'card':
        return { text: REMOVED_CARD, blocks: [{ type: 'section', text: mrkdwn(REMOVED_CARD) }] };
      case 'thank-you':
        return thankYouDms.messageNow(message.teamId, { channelId: message.channelId, ts: message.ts }, message.who === 'you' ? FORGOTTEN_ME : FORGOTTEN);
      case 'review':
        return clearedReviewMessage(message.who === 'you' ? 'you' : 'someone');
      case 'digest':
        return digestNow(message);
    }
  }

  /**
   * A team digest redrawn as it stands now over the days it covers (migration 020): the forgotten
   * checks' lines and counts are gone, as the sweep would draw it today.
   */
  function digestNow(message: OwnMessage): { text: string; blocks: KnownBlock[] } {
    const days = message.week === null ? null : repos.privacy.digestDays(message.teamId, message.week);
    // Queued only with its days known (see digestsOfChecks); should they be missing, it says nothing.
    if (days === null) return { text: REMOVED_DIGEST, blocks: [{ type: 'section', text: mrkdwn(REMOVED_DIGEST) }] };
    // Whom this drawing may show, read with it (see digestOvertaken).
    digestsDrawn.set(messageKey(message), repos.reviews.digestNames(message.teamId, days.from, days.to));
    return teamDigestMessage(insights.teamDigestAsItStands(message.teamId, days.from, days.to));
  }

  /**
   * After Slack took a digest's redraw: true when someone it may show was forgotten while it was on
   * its way. That forgetting's own request to redraw it may have been answered by this one (the
   * queue holds one row per message), so it is queued again, as of now, to be drawn once more.
   */
  function digestOvertaken(message: OwnMessage): boolean {
    if (message.kind !== 'digest') return false;
    const key = messageKey(message);
    const shown = digestsDrawn.get(key) ?? [];
    digestsDrawn.delete(key);
    if (!repos.privacy.anyForgotten(shown)) return false;
    const { teamId, channelId, ts, kind, who, userId, week } = message;
    repos.privacy.queueForgottenMessages([{ teamId, channelId, ts, kind, who, userId, week }], clock());
    logger.info('A team digest redrawn after a forgetting may show someone forgotten while it was redrawn; it is left to be redrawn again', { teamId: message.teamId });
    return true;
  }

  /** A cleared review names nobody now: no later forgetting needs it (after forget-me, its names went with it). */
  function afterChanged(message: OwnMessage): void {
    if (message.kind === 'review' && message.userId !== null && message.week !== null) repos.privacy.reviewCleared(message.teamId, message.userId, message.week);
  }

  /**
   * One message the card catch-up job changes (see jobs/forgotten-messages.ts), on this service's
   * client (the sweeps' one): `gone` when Slack says it never can be, `failed` (with Slack's
   * Retry-After, if any) to try again later.
   */
  async function changeForgottenMessage(message: ForgottenMessage): Promise<{ outcome: 'changed' | 'gone' | 'failed'; retryAfterSeconds: number | null }> {
    try {
      await client.chat.update({ channel: message.channelId, ts: message.ts, ...(await messageFor(message)) });
      // Queued again: to the back of the queue, for the next run.
      if (digestOvertaken(message)) return { outcome: 'failed', retryAfterSeconds: null };
      afterChanged(message);
      return { outcome: 'changed', retryAfterSeconds: null };
    } catch (error) {
      const code = slackErrorCode(error);
      logger.warn('Could not change a message left by a forgetting', { teamId: message.teamId, kind: message.kind, failure: describeSlackFailure(error) });
      // Slack down, the network, a rate limit: later. A refusal of this message itself (gone, or
      // one Slack will not take) would only come back every run, ahead of the others: let go.
      const passing = code === null || SLACK_SIDE_FAILURES.has(code);
      return passing && !MESSAGE_BEYOND_REACH.has(code ?? '')
        ? { outcome: 'failed', retryAfterSeconds: rateLimitRetryAfter(error) }
        : { outcome: 'gone', retryAfterSeconds: null };
    }
  }

  /**
   * Where a card may be that nobody can blank: Slack never answered its post (or a crash cut it
   * short), and no click has shown where it is (the app cannot read channel history). One channel
   * per card; logged by count.
   */
  function unknownCards(cards: readonly ForgettableCheck[]): string[] {
    const places = cards.flatMap((card) => (card.unansweredPostIn === undefined || card.unansweredPostIn === null ? [] : [card.unansweredPostIn]));
    if (places.length > 0) logger.warn('Forgotten checks may have cards in Slack whose place was never known; the person is asked to delete them', { count: places.length });
    return places;
  }

  /**
   * The Home tabs listing a waiting invitation whose recommendation a forgetting changed: at most
   * HOMES_REFRESHED_AT_ONCE, newest invitation first, on `updatesClient`, stopping at a failure
   * for a passing reason (a rate limit, Slack down). The others are drawn afresh when opened.
   */
  async function refreshOthersHomes(teamId: string, forgottenBy: string, changed: readonly InvitationRecord[]): Promise<void> {
    // Without Home publishing (the catch-up job's service), none.
    if (deps.afterChange === undefined) return;
    const waiting = changed.filter((invitation) => invitation.status === 'pending').sort((a, b) => b.id - a.id);
    const owners = [...new Set(waiting.map((invitation) => invitation.ownerId))].filter((ownerId) => ownerId !== forgottenBy);
    let published = 0;
    for (const ownerId of owners.slice(0, HOMES_REFRESHED_AT_ONCE)) {
      // Links to cards already kept show; none is asked of Slack in the middle of a forgetting.
      const outcome = await insights.publishHomeOn(updatesClient, teamId, ownerId, 'kept');
      if (outcome === 'passing') break;
      published += 1;
    }
    if (owners.length > published) logger.info('Home tabs left to be drawn when next opened after a forgetting', { teamId, published, left: owners.length - published });
  }

  /**
   * The owner's records as CSV: their checks, and the words they added on teammates' cards; the
   * files are named by the date in `timeZone` (the owner's, so an export made on their morning of
   * the 29th is not dated the 28th).
   */
  function exportCsv(teamId: string, ownerId: string, timeZone = 'UTC'): ExportFiles {
    const rows = repos.privacy.exportRows(teamId, ownerId);
    const words = repos.privacy.exportWords(teamId, ownerId);
    const steps = new Map<number, DecisionEvent[]>();
    for (const step of repos.decisions.forOwner(teamId, ownerId)) {
      const known = steps.get(step.invitationId);
      if (known === undefined) steps.set(step.invitationId, [step]);
      else known.push(step);
    }
    const lines = rows.map((row) => [...exportLine(row), earlierDecisionsCell(steps.get(row.id) ?? [])]);
    const day = localDateLabel(clock(), safeTimeZone(timeZone));
    return {
      checks: { filename: `invite-check-export-${day}.csv`, content: toCsv(EXPORT_HEADER, lines), rows: rows.length },
      words: { filename: `invite-check-comments-${day}.csv`, content: toCsv(WORDS_HEADER, words.map(wordLine)), rows: words.length },
    };
  }

  /**
   * Sends the export as CSV files in the person's DM with the app (the checks, and the words on
   * teammates' cards, each only when there is any), and returns how many rows each held; with
   * none, nothing is sent. Throws what Slack throws.
   */
  async function sendExport(teamId: string, ownerId: string): Promise<{ checks: number; words: number }> {
    // Never throws: a failed lookup falls back to what was known, then to UTC.
    const { tz } = await deps.users.profile(teamId, ownerId, clock());
    const files = exportCsv(teamId, ownerId, tz ?? 'UTC');
    const counts = { checks: files.checks.rows, words: files.words.rows };
    if (counts.checks + counts.words === 0) return counts;
    const remembered = deps.users.cachedDmChannel(teamId, ownerId);
    const uploads = [
      ...(counts.checks > 0 ? [{ filename: files.checks.filename, title: 'Your invite-check records', content: files.checks.content }] : []),
      ...(counts.words > 0 ? [{ filename: files.words.filename, title: "Your comments on teammates' cards", content: files.words.content }] : []),
    ];
    const upload = async (channel: string) => client.filesUploadV2({ channel_id: channel, file_uploads: uploads, initial_comment: exportComment(counts) });
    try {
      await upload(remembered ?? (await deps.users.dmChannel(teamId, ownerId)));
    } catch (error) {
      // A remembered DM can go stale (the app reinstalled): forgotten, and the export goes once to a fresh one.
      if (remembered === null || slackErrorCode(error) !== 'channel_not_found') throw error;
      deps.users.forgetDmChannel(teamId, ownerId, remembered);
      await upload(await deps.users.dmChannel(teamId, ownerId));
    }
    logger.info('Export sent', { teamId, ...counts });
    return counts;
  }

  return {
    findPerson,
    forgetChecks,
    footprint,
    forgetMe,
    exportCsv,
    sendExport,
    forgottenMessages: (limit: number) => repos.privacy.forgottenMessages(limit),
    changeForgottenMessage,
    forgottenMessageDone: (message: ForgottenMessage) => repos.privacy.forgottenMessageDone(message),
    forgottenMessageFailed: (message: ForgottenMessage) => repos.privacy.forgottenMessageFailed(message.id),
  };
}

/** REMINDER_CRON's default, every five minutes, when the schedule's gap is not given. */
const DEFAULT_SWEEP_GAP_MS = 5 * 60 * 1000;

/** The cards with a place in Slack, newest first, to blank. */
function cardMessages(teamId: string, cards: readonly ForgettableCheck[], who: 'person' | 'you'): OwnMessage[] {
  return [...cards]
    .sort((a, b) => b.id - a.id)
    .flatMap((card) => (card.channelId === null || card.messageTs === null ? [] : [{ teamId, channelId: card.channelId, ts: card.messageTs, kind: 'card' as const, who, userId: null, week: null }]));
}

function thankYouMessages(teamId: string, dms: readonly ThankYouDm[], who: 'person' | 'you'): OwnMessage[] {
  return dms.map((dm) => ({ teamId, channelId: dm.channelId, ts: dm.ts, kind: 'thank-you' as const, who, userId: null, week: null }));
}

/** Digests are redrawn as they stand, whoever asked: `week` names the digest. */
function digestMessages(teamId: string, digests: readonly DigestRecord[], who: 'person' | 'you'): OwnMessage[] {
  return digests.map((digest) => ({ teamId, channelId: digest.channelId, ts: digest.ts, kind: 'digest' as const, who, userId: null, week: digest.week }));
}

/** `ownerId` only after `forget`: the owner stays, and the cleared review lets go of its names. */
function reviewMessage(teamId: string, review: ReviewDmRecord, who: 'person' | 'you', ownerId: string | null): OwnMessage {
  return { teamId, channelId: review.channelId, ts: review.ts, kind: 'review', who, userId: ownerId, week: ownerId === null ? null : review.week };
}

function messageKey(message: { teamId: string; channelId: string; ts: string }): string {
  return `${message.teamId}\u0000${message.channelId}\u0000${message.ts}`;
}

/** Each message once, in the order given: two reminders in one DM change it once. */
function uniqueMessages(messages: readonly QueuedMessage[]): QueuedMessage[] {
  const seen = new Set<string>();
  return messages.filter(({ message }) => {
    const key = `${message.channelId}\u0000${message.ts}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

/**
 * The decisions on a check before its current one (a changed decision keeps every step), oldest
 * first, one line each: when, what, and the reason and note given then, as stored:
 * "2026-11-24T10:05:00.000Z ignored; reason: Not relevant to my work; note: Sent the same pitch".
 * Empty when it was decided once, or not yet.
 */
function earlierDecisionsCell(steps: readonly DecisionEvent[]): string | null {
  const earlier = steps.slice(0, -1);
  if (earlier.length === 0) return null;
  return earlier
    .map((step) => [`${step.createdAt.toISOString()} ${step.decision}`, step.reason === null ? null : `reason: ${step.reason}`, step.note === null ? null : `note: ${step.note}`].filter((part) => part !== null).join('; '))
    .join('\n');
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
