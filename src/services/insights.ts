import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { decidedPeriod, digestPeriodLabel, ignoreRatio, monthLabel, ratioNote, startOfLocalMonth, type DecidedPeriod } from '../domain/review.js';
import { safeTimeZone } from '../domain/schedule.js';
import { appHome, HOME_OWED_SHOWN, HOME_PENDING_SHOWN, HOME_RECENT_SHOWN } from '../views/app-home.js';
import type { CardPlace } from '../db/insights-repo.js';
import { detailsWereRemoved } from '../db/privacy-repo.js';
import { slackPermalink } from '../domain/permalink.js';
import type { HomeModel, IgnoredEntry, IgnoredListModel, IgnoredPosition, PendingItem, RecentDecision, ReviewModel, StatsModel, TeamDigestModel } from '../views/models.js';
import { currentReviewMessage, namedInReview } from '../views/review-message.js';
import type { ServiceDeps } from './deps.js';
import { readSettingsModel } from './settings.js';
import { settledWithin } from './settled-within.js';
import { describeSlackFailure, RATE_LIMIT_ANSWERS, rateLimitRetryAfter, SLACK_SIDE_FAILURES, slackErrorCode } from './slack-errors.js';
import { pacerFor } from './slack-pacer.js';

/** Invitations waiting longer than this appear in the weekly review. */
const STALE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const REVIEW_ITEMS = 10;
import { IGNORED_PAGE_SIZE } from '../views/ignored-list.js';

/**
 * How long a Home just opened waits for the links to cards it asked Slack for (chat.getPermalink);
 * a click's refresh does not wait. An answer after that is still kept, and shows from the next
 * publish on.
 */
export const HOME_LINKS_WAIT_MS = 1500;
/**
 * A card Slack would not link (gone, or in a conversation the app left) is not asked about again
 * for this long: asked on every publish, each click would spend a call on it. It may come back (the
 * app added to the channel again), so not for ever.
 */
export const REFUSED_LINK_RETRY_MS = 60 * 60 * 1000;
/** Cards remembered as refused at most; past this the memory starts afresh. */
const REFUSED_LINKS_KEPT = 5000;

export type InsightsService = ReturnType<typeof createInsightsService>;

/**
 * How a Home publish has the links to cards Slack has not given yet: asked and waited for (Home
 * opened), asked and not waited for (a click's refresh), or not asked (see withCardLinks).
 */
type CardLinks = 'wait' | 'later' | 'kept';

/** A weekly review's DM. */
export interface ReviewDm {
  channelId: string;
  ts: string;
}

function positionOf(entry: IgnoredEntry): IgnoredPosition {
  return { decidedAt: entry.decidedAt, invitationId: entry.invitationId };
}

/**
 * Reviews, stats, the ignored list, the Home tab and the team digest: read-only views of the
 * records, but for the links to cards the Home tab keeps once Slack gave them. `linksClient` asks
 * for those links; it should hand a 429 back at once (the sweeps' client): a link is not worth
 * waiting out a rate limit for, and the click's client pauses every call of its own on one.
 */
export function createInsightsService(deps: ServiceDeps & { linksClient?: WebClient; linksWaitMs?: number }) {
  const { repos, client, logger, clock } = deps;
  const insights = repos.insights;
  const linksClient = deps.linksClient ?? client;
  const linksWaitMs = deps.linksWaitMs ?? HOME_LINKS_WAIT_MS;
  /** Cards Slack would not link, by team, channel and ts: until when they are not asked about. */
  const refusedLinks = new Map<string, number>();
  /** Cards whose link is being asked for now, by team, channel and ts: not asked again meanwhile. */
  const linksAsked = new Set<string>();

  async function timeZoneOf(teamId: string, userId: string, now: Date): Promise<string> {
    return safeTimeZone((await deps.users.profile(teamId, userId, now)).tz);
  }

  /**
   * The weekly review's contents, or null when there is nothing to review. Its decisions are those
   * of `decided` (see decidedPeriod): by default the last seven days.
   */
  function review(teamId: string, userId: string, now: Date, decided: { since: Date; period: DecidedPeriod } = decidedPeriod(now, null)): ReviewModel | null {
    const pending = insights.pending(teamId, userId, new Date(now.getTime() - STALE_AFTER_MS), REVIEW_ITEMS);
    const owed = insights.owed(teamId, userId, REVIEW_ITEMS);
    const counts = insights.decisionCounts(teamId, userId, decided.since);
    const decidedCount = counts.accepted + counts.ignored + counts.declined + counts.blocked;
    if (pending.total === 0 && owed.total === 0 && decidedCount === 0) return null;
    return {
      pending: pending.items,
      pendingTotal: pending.total,
      owed: owed.items,
      owedTotal: owed.total,
      decidedThisWeek: { counts, recent: namedDecisions(teamId, insights.recentDecisions(teamId, userId, decided.since, 5)), period: decided.period },
      ratioNote: ratioNote(insights.decisionCounts(teamId, userId, null)),
      weeklyReviewOn: repos.settings.get(teamId, userId).weeklyReview,
    };
  }

  /**
   * The decisions a review names: not those whose details retention removed (RETENTION_DAYS under
   * the days a review covers). Their names are gone ("Details removed" says nothing), and a review
   * naming one would be taken for a review that named a purged person, and cleared whole by the
   * next retention run, its buttons with it. They are still counted.
   */
  function namedDecisions(teamId: string, recent: readonly RecentDecision[]): RecentDecision[] {
    return recent.filter((decision) => {
      const invitation = repos.invitations.findById(teamId, decision.invitationId);
      return invitation !== null && !detailsWereRemoved(invitation);
    });
  }

  /**
   * `stats` and the Home tab's numbers: people, each once however often they were checked (by the
   * owner's newest decision on them in the period, or waiting), and the share of them turned down.
   */
  async function stats(teamId: string, userId: string, now: Date): Promise<StatsModel> {
    const timeZone = await timeZoneOf(teamId, userId, now);
    const allTime = insights.peopleCounts(teamId, userId, null);
    return {
      monthLabel: monthLabel(now, timeZone),
      month: insights.peopleCounts(teamId, userId, startOfLocalMonth(now, timeZone)),
      allTime,
      ignoreRatio: ignoreRatio(allTime),
      thankYous: insights.thankYouCounts(teamId, userId),
    };
  }

  /**
   * One page (1-based, counted from the newest) of the people an owner ignored, declined or
   * blocked, newest first. The first page, and what an old message's page number asks for.
   */
  function ignoredList(teamId: string, userId: string, page: number): IgnoredListModel {
    const total = insights.ignoredCount(teamId, userId);
    const current = Math.min(Math.max(1, Math.floor(page)), Math.max(1, Math.ceil(total / IGNORED_PAGE_SIZE)));
    return pageOf(teamId, userId, insights.ignored(teamId, userId, (current - 1) * IGNORED_PAGE_SIZE, IGNORED_PAGE_SIZE), total);
  }

  /**
   * The page next to one already shown, read from its edge: Older reads the entries listed after
   * `from` (the last one shown), Newer the ten listed right before `from` (the first one shown).
   * Decisions made in between neither skip nor repeat anyone.
   */
  function ignoredListFrom(teamId: string, userId: string, direction: 'older' | 'newer', from: IgnoredPosition): IgnoredListModel {
    if (direction === 'older') {
      const older = insights.ignoredOlder(teamId, userId, from, IGNORED_PAGE_SIZE);
      if (older.length > 0) return pageOf(teamId, userId, older);
      // Everyone past that page left the list since: the last page as it stands, not an empty one.
      return { ...ignoredList(teamId, userId, Number.MAX_SAFE_INTEGER), pastTheEnd: true };
    }
    const newer = insights.ignoredNewer(teamId, userId, from, IGNORED_PAGE_SIZE);
    // Not a page's worth above it any more: the newest page is the page before.
    return newer.length < IGNORED_PAGE_SIZE ? ignoredList(teamId, userId, 1) : pageOf(teamId, userId, newer);
  }

  /**
   * A page of the list, wherever it starts: numbered by how many are listed before its first entry
   * and counted to the end from its last, so "Page X of Y" is true even when the list has changed
   * since the last page and pages no longer fall on tens.
   */
  function pageOf(teamId: string, userId: string, entries: IgnoredEntry[], counted?: number): IgnoredListModel {
    const total = counted ?? insights.ignoredCount(teamId, userId);
    const first = entries[0];
    const last = entries.at(-1);
    const before = first === undefined ? 0 : insights.ignoredNewerCount(teamId, userId, positionOf(first));
    const after = Math.max(0, total - before - entries.length);
    const page = Math.ceil(before / IGNORED_PAGE_SIZE) + 1;
    return {
      entries,
      page,
      pageCount: page + Math.ceil(after / IGNORED_PAGE_SIZE),
      total,
      detailsRemoved: insights.ignoredDetailsRemovedCount(teamId, userId),
      // Only an empty list says where people went: no count for a list that has anyone on it.
      movedOff: total === 0 ? insights.ignoredMovedOffCount(teamId, userId) : 0,
      pastTheEnd: false,
      newerFrom: before > 0 && first !== undefined ? positionOf(first) : null,
      olderFrom: after > 0 && last !== undefined ? positionOf(last) : null,
    };
  }

  async function home(teamId: string, userId: string, now: Date): Promise<HomeModel> {
    // Read as many as the tab shows, no more (the view's limits keep it under Slack's 100 blocks).
    const pending = insights.pending(teamId, userId, new Date(now.getTime() + 1), HOME_PENDING_SHOWN);
    const owed = insights.owed(teamId, userId, HOME_OWED_SHOWN);
    return {
      userId,
      pending: pending.items,
      pendingTotal: pending.total,
      owed: owed.items,
      owedTotal: owed.total,
      recent: insights.recentDecisions(teamId, userId, null, HOME_RECENT_SHOWN),
      stats: await stats(teamId, userId, now),
      settings: readSettingsModel(deps, teamId, userId),
    };
  }

  /**
   * The waiting items, each with the link to its card when one is known: kept from before, or
   * asked of Slack now for each card posted as a message that has none (at most the items shown,
   * each once; see askCardLink). `wait`: waited for at most `linksWaitMs`; `later`: not waited for
   * (each answer is kept, and shows from the next publish); `kept`: none asked. `waited`: whether
   * this waited on Slack. Never throws: an item whose link is not had shows without one.
   */
  async function withCardLinks(teamId: string, items: readonly PendingItem[], cardLinks: CardLinks): Promise<{ items: PendingItem[]; waited: boolean }> {
    const ask = cardLinks !== 'kept';
    if (items.length === 0) return { items: [...items], waited: false };
    let places: CardPlace[];
    try {
      places = insights.cardPlaces(teamId, items.map((item) => item.invitationId));
    } catch (error) {
      logger.warn('Could not read where the cards on the Home tab are; it shows without links to them', { teamId, failure: describeSlackFailure(error) });
      return { items: [...items], waited: false };
    }
    const links = new Map<number, string>();
    const unlinked: { invitationId: number; channelId: string; messageTs: string }[] = [];
    const now = clock().getTime();
    for (const place of places) {
      if (place.permalink !== null) links.set(place.invitationId, place.permalink);
      else if (
        ask &&
        place.channelId !== null &&
        place.messageTs !== null &&
        !linksAsked.has(cardKey(teamId, place.channelId, place.messageTs)) &&
        !refusedRecently(teamId, place.channelId, place.messageTs, now)
      ) {
        unlinked.push({ invitationId: place.invitationId, channelId: place.channelId, messageTs: place.messageTs });
      }
    }
    if (unlinked.length > 0) {
      const failures: string[] = [];
      let skipped = 0;
      // Each lookup settles, whatever happens; one answering after the wait still keeps its link.
      const lookups = Promise.all(
        unlinked.map(async (card) => {
          const outcome = await askCardLink(teamId, card, now);
          if (outcome === 'paced') skipped += 1;
          else if (typeof outcome === 'string') links.set(card.invitationId, outcome);
          else failures.push(outcome.failure);
        }),
      );
      const warnIfMissed = (inTime: boolean) => {
        if (inTime && failures.length === 0 && skipped === 0) return;
        logger.warn('Some links to cards on the Home tab could not be had from Slack; those items show without one', {
          teamId,
          asked: unlinked.length,
          failed: failures.length,
          paced: skipped,
          failure: failures[0] ?? (inTime ? 'over the pace for chat.getPermalink' : 'no answer in time'),
        });
      };
      if (cardLinks === 'later') {
        // A click's refresh: what the click shows next (its Home, a decline draft, the review) does
        // not wait on a link. The lookups go on; what they miss is logged once they settle.
        void lookups.then(() => warnIfMissed(true));
      } else {
        warnIfMissed(await settledWithin(lookups, linksWaitMs));
      }
    }
    // What was known when the wait ended: a later answer changes nothing shown now.
    return { items: items.map((item) => ({ ...item, cardLink: links.get(item.invitationId) ?? null })), waited: cardLinks === 'wait' && unlinked.length > 0 };
  }

  function refusedRecently(teamId: string, channelId: string, messageTs: string, now: number): boolean {
    const key = cardKey(teamId, channelId, messageTs);
    const until = refusedLinks.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    refusedLinks.delete(key);
    return false;
  }

  /**
   * One chat.getPermalink, in its paced turn: the link (kept on the check, while its card is still
   * there), `paced` when no turn is free now (Home does not wait for one: the card is linked on a
   * later publish), or the failure. A 429 holds every lookup back (through the pacer); Slack's
   * refusal of this card is remembered for REFUSED_LINK_RETRY_MS. Never throws.
   */
  async function askCardLink(
    teamId: string,
    card: { invitationId: number; channelId: string; messageTs: string },
    now: number,
  ): Promise<string | 'paced' | { failure: string }> {
    const pacer = pacerFor(linksClient);
    // Only a turn free now: one skipped is not spent, or skipped lookups would hold back the real ones.
    if (!pacer.tryAcquire('chat.getPermalink', null)) return 'paced';
    // A publish while this is out (a click right after Home opened) shows the card without a link.
    const asking = cardKey(teamId, card.channelId, card.messageTs);
    linksAsked.add(asking);
    try {
      const answer = await linksClient.chat.getPermalink({ channel: card.channelId, message_ts: card.messageTs });
      const link = slackPermalink(answer.permalink);
      if (link === null) return { failure: 'not a link to Slack' };
      try {
        // Not kept: the card moved on (or its check was purged or forgotten) while Slack answered,
        // and a link to where it was is not shown either.
        if (!repos.invitations.noteCardPermalink(teamId, card.invitationId, card, link)) return { failure: 'the card moved while its link was asked for' };
      } catch (error) {
        // Shown all the same; asked again next time.
        logger.warn('Could not keep the link to a card', { teamId, failure: describeSlackFailure(error) });
      }
      return link;
    } catch (error) {
      const retryAfter = rateLimitRetryAfter(error);
      if (retryAfter !== null) pacer.backOff('chat.getPermalink', null, retryAfter);
      const code = slackErrorCode(error);
      // Slack said no to this card (message_not_found, channel_not_found …), not to everything now.
      if (code !== null && !SLACK_SIDE_FAILURES.has(code) && !RATE_LIMIT_ANSWERS.has(code)) {
        if (refusedLinks.size >= REFUSED_LINKS_KEPT) refusedLinks.clear();
        refusedLinks.set(cardKey(teamId, card.channelId, card.messageTs), now + REFUSED_LINK_RETRY_MS);
      }
      return { failure: describeSlackFailure(error) };
    } finally {
      linksAsked.delete(asking);
    }
  }

  /**
   * Publishes the person's Home tab. Never throws: a stale Home tab is not worth a failed click.
   * Links to cards not known yet are asked for; only a Home just opened (`wait`) is held for them.
   * A click's refresh shows the links already kept, and the ones it asked for from the next publish.
   */
  async function publishHome(teamId: string, userId: string, cardLinks: 'wait' | 'later' = 'later'): Promise<void> {
    await publishHomeOn(client, teamId, userId, cardLinks);
  }

  /**
   * `publishHome` on the client given: `passing` when Slack, the network or a rate limit failed
   * (the caller may stop there), `refused` when Slack refused this one. Never throws. With
   * `cardLinks` 'kept', no link to a card is asked of Slack: those kept show.
   */
  async function publishHomeOn(
    via: WebClient,
    teamId: string,
    userId: string,
    cardLinks: CardLinks = 'wait',
  ): Promise<'published' | 'refused' | 'passing'> {
    try {
      let model = await home(teamId, userId, clock());
      let linked = await withCardLinks(teamId, model.pending, cardLinks);
      if (linked.waited) {
        // A click meanwhile (on this very Home, say) has published what it changed: this publish,
        // the later one, shows the records as they are now, with the links the wait brought.
        model = await home(teamId, userId, clock());
        linked = await withCardLinks(teamId, model.pending, 'kept');
      }
      const view = appHome({ ...model, pending: linked.items });
      await via.views.publish({ user_id: userId, view });
      return 'published';
    } catch (error) {
      logger.warn('Could not publish the Home tab', { teamId, userId, failure: describeSlackFailure(error) });
      const code = slackErrorCode(error);
      return code === null || SLACK_SIDE_FAILURES.has(code) ? 'passing' : 'refused';
    }
  }

  /**
   * The team's week that ended at `weekEnd` (when this week's digest became due): counts and who
   * connected with whom, from `since` (where the digest before it ended; by default the seven days
   * before `weekEnd`), not up to the post, so a digest posted late covers the same days as on time,
   * the next one starts where it ended, and a workspace that began this week has nothing to show
   * yet. Null when nothing happened.
   */
  function teamDigest(teamId: string, weekEnd: Date, since = new Date(weekEnd.getTime() - WEEK_MS)): TeamDigestModel | null {
    const model = teamDigestAsItStands(teamId, since, weekEnd);
    const { counts } = model;
    if (counts.pending + counts.accepted + counts.ignored + counts.declined + counts.blocked === 0) return null;
    return model;
  }

  /**
   * A digest's days [since, weekEnd) as the records stand now, even with nothing left in them: to
   * redraw a posted digest after a forgetting (see migration 020).
   */
  function teamDigestAsItStands(teamId: string, since: Date, weekEnd: Date): TeamDigestModel {
    const counts = insights.decisionCounts(teamId, null, since, weekEnd);
    const connections = insights.connections(teamId, since, weekEnd, 20);
    return { weekLabel: digestPeriodLabel(since, weekEnd, 'UTC'), counts, connections: connections.items, connectionsTotal: connections.total };
  }

  /**
   * The review as it stands, to show or to redraw a review DM with. Redrawing `dm`, the names it
   * shows now are added to those it showed, so that forgetting any of them reaches it.
   */
  function currentReview(teamId: string, userId: string, dm: ReviewDm | null = null): { text: string; blocks: KnownBlock[] } {
    const now = clock();
    // A weekly review DM keeps what its heading said: since the review before it (to now), or the
    // last seven (fourteen) days counted back from the redraw, so that the heading stays true days
    // after it was sent. One asked for: the last seven.
    const sent = dm === null ? null : repos.reviews.reviewDmSent(teamId, userId, dm);
    const kept = sent === null ? null : decidedPeriod(sent.sentAt, sent.previousSentAt);
    const decided =
      sent === null || kept === null
        ? decidedPeriod(now, null)
        : kept.period === 'sinceLastReview'
          ? kept
          : { since: new Date(now.getTime() - (sent.sentAt.getTime() - kept.since.getTime())), period: kept.period };
    const model = review(teamId, userId, now, decided);
    if (dm !== null && model !== null) {
      try {
        repos.reviews.noteReviewNames(teamId, userId, dm, namedInReview(model));
      } catch (error) {
        // The redraw matters more to the person clicking than the note does to a later forgetting.
        logger.warn('Could not note the names a redrawn review shows', { teamId, failure: error instanceof Error ? error.message : String(error) });
      }
    }
    return currentReviewMessage(model, decided.period);
  }

  return { review, currentReview, stats, ignoredList, ignoredListFrom, home, publishHome, publishHomeOn, teamDigest, teamDigestAsItStands, timeZoneOf };
}

/** A card's key in the memories of links refused and being asked for. */
function cardKey(teamId: string, channelId: string, messageTs: string): string {
  return `${teamId}\u0000${channelId}\u0000${messageTs}`;
}
