import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EARLIER_CHECKS_LISTED, OTHER_PENDING_WEIGHED, shownOnCard, type EarlierCheck, type InvitationRecord, type InvitationsRepo, type SameNameCheck } from '../../db/invitations-repo.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { whenWritable } from '../../db/lock-wait.js';
import type { VoiceRecord } from '../../db/voices-repo.js';
import { draftDecline } from '../../domain/decline-note.js';
import { isIgnoreReasonLabel } from '../../domain/ignore-reasons.js';
import { personKey } from '../../domain/person-key.js';
import { evaluateInvitation, snippet } from '../../domain/recommend.js';
import { DEFAULT_SWEEP_GAP_MS, safeTimeZone, thankYouDueAt } from '../../domain/schedule.js';
import { collapseWhitespace } from '../../domain/slack-text.js';
import { personalWorkingWindow, thankYouDelayMinutes } from '../../domain/settings.js';
import type { Decision, Evaluation, EvaluationContext, InvitationFields, OwnerFocus, PriorCheck } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { inertText, mention, mrkdwn, slackDate } from '../../views/format.js';
import { invitationCard, RECOMMENDATION_WORDS, type CardHistoryEntry, type CardSameNameEntry } from '../../views/invitation-card.js';
import type { CardVoice } from '../../views/models.js';
import type { ServiceDeps } from '../deps.js';
import { postBlocks, type PostedMessage } from '../post-message.js';
import { respondVia } from '../respond.js';
import { describeSlackFailure, MESSAGE_BEYOND_REACH, RATE_LIMIT_ANSWERS, rateLimitRetryAfter, SLACK_SIDE_FAILURES, slackDidNotAnswer, slackErrorCode } from '../slack-errors.js';
import { createThankYouDms, type ThankYouDmLocation } from '../thank-you-dms.js';

/** Slack's answers that mean "the app is not in this conversation". */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);
/** Slack's answer for an archived channel: nobody can post there, so inviting the app would not help. */
const ARCHIVED = 'is_archived';
/** Slack's answers that mean a private note cannot be shown beside the card: the owner's DM will do. */
const NOT_SHOWN_THERE = new Set([...NOT_A_MEMBER, ARCHIVED, 'user_not_in_channel']);

/**
 * What a card shows of the workspace's past: the checks of the same person (the newest, and how
 * many in all), and those of the same name under another headline (a hint, never weighed).
 */
interface CardHistory {
  earlier: readonly EarlierCheck[];
  total: number;
  sameName: readonly SameNameCheck[];
  /** For a pending check: decisions on the person's checks made after it (none on a fresh check). */
  later: readonly EarlierCheck[];
}

/** A person as the history finds them: by profile URL, else by name and headline (person key). */
interface Person {
  teamId: string;
  profileUrl: string | null;
  personKey: string;
}

/**
 * Why a card could not go where it was checked, as the notice above the card tells it. `no-answer`:
 * Slack never answered the post (a timeout, a dropped connection), so the card may be there after all.
 * `other`: Slack failing on its side, or a rate limit, which may pass; `refused`: any other refusal
 * (what the workspace allows there, the card itself), which will not.
 */
export type RefusedBecause = 'archived' | 'not-member' | 'no-answer' | 'other' | 'refused';

/** Where a card is: a message in a channel (ts), or an ephemeral card redrawn through its response_url. */
type CardLocation = Parameters<InvitationsRepo['setCardLocation']>[2];

export interface CheckRequest {
  teamId: string;
  ownerId: string;
  channelId: string;
  fields: InvitationFields;
  source: string | null;
  /** Slack's id for this delivery (trigger_id, view id): a retried delivery is stored once. */
  requestKey: string | null;
  /** The command's response_url, for an ephemeral card when the app cannot post in the channel. */
  responseUrl: string | null;
  /** The thread the invitation was found in (the message shortcut on a reply): the card goes there too. */
  threadTs?: string | null;
  /** Checked in a group DM (as the payload's channel name says): nobody can add the app there with /invite. */
  inGroupDm?: boolean;
  /** Called once the check is committed (or found already stored), before its card goes out: the listener acks then. */
  whenStored?: () => Promise<void>;
}

/**
 * The copy of a card a click came from: a message in a conversation, or a copy only its owner sees,
 * redrawn through the click's response_url.
 */
/** A copy of a card a click came from: a message (in a thread, for a card posted in one), or an ephemeral card. */
export type CardCopy = { kind: 'message'; channelId: string; messageTs: string; threadTs?: string | null } | { kind: 'ephemeral'; responseUrl: string };

/** What a click on a copy of a card tells (see noteCardClick). */
export interface CardClick {
  /** The invitation, with the message clicked as its card's place if none was noted. */
  invitation: InvitationRecord;
  /** The copy clicked, when it was not where the card is stored: no change so far has redrawn it. */
  unseenCopy: CardCopy | null;
  /**
   * True when this click noted the message clicked as the card's place: it may show what changed
   * since it was posted (a correction on the other copy), and showMovedOn redraws it.
   */
  adopted: boolean;
  /** True when the copy clicked is where the card is stored (every change redraws that one). */
  onStoredCopy: boolean;
}

export type CheckOutcome =
  | { kind: 'posted' | 'ephemeral' | 'dm'; invitation: InvitationRecord }
  | { kind: 'duplicate'; invitation: InvitationRecord }
  | { kind: 'unposted'; invitation: InvitationRecord };

export interface DecisionRequest {
  teamId: string;
  invitationId: number;
  actorId: string;
  decision: Decision;
  reason: string | null;
  note: string | null;
  /** From a click on an ephemeral card: the fresh URL that redraws it. */
  responseUrl: string | null;
  /** The copy of the card clicked, if the click came from one (not from a review or the Home tab). */
  copy?: CardCopy | null;
  /** Called once the change is committed, before the cards and messages it touches are redrawn: a form is acked then. */
  whenStored?: () => Promise<void>;
}

export interface DetailsEdit {
  teamId: string;
  invitationId: number;
  actorId: string;
  fields: InvitationFields;
  source: string | null;
  /** Called once the change is committed, before the cards and messages it touches are redrawn: a form is acked then. */
  whenStored?: () => Promise<void>;
}

/** What a correction did to thank-you reminders: this check's own, and the other checks whose reminder changed. */
interface ThankYousFollowed {
  own: 'unchanged' | 'cancelled' | 'scheduled';
  others: number[];
}

export type DecisionOutcome =
  | {
      kind: 'decided';
      invitation: InvitationRecord;
      /** When the thank-you nudge is due, after an Accept. */
      nudgeDueAt: Date | null;
      /** A ready-to-send message, after a polite decline. */
      declineDraft: string | null;
      /** False when Slack would not redraw the card: the decision is saved, the card looks as before. */
      cardShown: boolean;
    }
  | { kind: 'unchanged'; invitation: InvitationRecord };

/** What weighing an owner's waiting invitations again did. */
export interface Reweighing {
  /** Pending invitations weighed again. */
  weighed: number;
  /** Those whose verdict, score or reasons changed, as stored now, newest first. */
  changed: InvitationRecord[];
  /** How many of those now recommend something else (accept, review, ignore). */
  newVerdicts: number;
  /** When the changed cards were marked for the catch-up job, in the same transaction. */
  markedAt: Date;
}

/**
 * After a focus change, how many of the changed cards are redrawn at once, newest first.
 * chat.update is Tier 3 (about 50 a minute per workspace), shared with every decision and
 * teammate's word: twenty leaves most of a minute's allowance to the people clicking. Older
 * cards have scrolled out of sight; they show the new weighing the next time they are redrawn,
 * and the Home tab and the weekly review read the stored recommendation anyway.
 */
export const CARDS_REDRAWN_AFTER_REWEIGHING = 20;

/**
 * What forgetting takes from other invitations' weighings (see `reweighForgetting`): the
 * invitations that may have used it, and the forgotten words as reasons may quote them.
 */
export interface ForgettingTraces {
  invitationIds: readonly number[];
  /** Decision reasons and teammates' notes of the forgotten records. */
  words: readonly string[];
  /** The name a teammate's word was given under (forget-me), for reasons written under it. */
  names: readonly string[];
  /** Later checks whose card may list the forgotten ones as the same name under another headline. */
  sameNameIds: readonly number[];
}

/**
 * Closes the reasons of a decided invitation that lost some of them to a forgetting: its
 * recommendation and score are kept as they were when it was decided, so they say what they
 * weighed then, and this tells the reader why the reasons no longer add up to them.
 */
export const REASON_REMOVED_ON_REQUEST =
  'Part of what this recommendation weighed has since been removed, at the request of the person it came from; the recommendation and score are kept as they were.';

/**
 * First among the reasons of a decided invitation whose details were corrected: the corrected
 * details are weighed, but the recommendation and score stay those its owner decided on.
 */
export function reweighedAfterDecision(weighed: Pick<Evaluation, 'recommendation' | 'score'>): string {
  // On a channel card everyone reads this: it names no "you", and the words are the card's own.
  return `With the corrected details, the recommendation would be: ${RECOMMENDATION_WORDS[weighed.recommendation]} (${weighed.score}/100). The recommendation and score above are the ones the decision was made on.`;
}

export type InvitationService = ReturnType<typeof createInvitationService>;

export function createInvitationService(
  deps: ServiceDeps & {
    /** Called after each decision, e.g. to refresh the owner's Home tab. Must not throw. */
    afterDecision?: (teamId: string, ownerId: string) => Promise<void>;
    /** How long a card's post may take before its owner is told it is on its way (tests shorten it). */
    slowCardNoticeMs?: number;
    /**
     * The client that redraws other checks' cards after a decision or a correction (the sweeps'
     * one, which hands a 429 back at once: the rest wait for the card catch-up job). `client` by default.
     */
    updatesClient?: WebClient;
    /**
     * Publishes the Home tab of another owner whose waiting check a decision or a correction
     * weighed again, on a client that hands a 429 back at once (`passing`: the rest are left to be
     * drawn when opened). On the commands' client a Retry-After would hold every card and click
     * meanwhile. `afterDecision` by default.
     */
    publishOthersHome?: (teamId: string, ownerId: string) => Promise<'published' | 'refused' | 'passing'>;
  },
) {
  const { repos, writes, client, logger, clock } = deps;
  const updatesClient = deps.updatesClient ?? client;
  /**
   * Work a decision or a correction leaves after its own answer (other checks' cards redrawn): run
   * on, not awaited, so the person's own replies (a decline message, a review redrawn) never wait
   * for it; `followUpsSettled` waits for it (a shutdown's drain, tests).
   */
  const followUps = new Set<Promise<void>>();
  const slowCardNoticeMs = deps.slowCardNoticeMs ?? SLOW_CARD_NOTICE_MS;
  /** Card posts waiting on Slack, by invitation id: what a shutdown cut short notes as unanswered. */
  const postsInFlight = new Map<number, { teamId: string; channelId: string }>();
  /**
   * Checks whose card this process is showing and has not yet noted where (the post, a private
   * copy, a DM): forgetting must not take them for posts a crash cut short (see CARD_MAYBE_IN).
   */
  const cardsBeingShown = new Set<number>();
  /**
   * Those of cardsBeingShown posted late after a restart (showCardsCutShort): the last run's post
   * may be in the conversation, its ts never learnt, so forgetting one of them meanwhile must still
   * warn of it. They are not passed to forgetting as being shown.
   */
  const lateCardsBeingShown = new Set<number>();
  const thankYouDms = createThankYouDms(deps);

  /**
   * Stores a check, weighs it against what the workspace knows, and shows the card. Reading the
   * person's history, weighing and storing are one step inside the write batch, so two checks of
   * the same person arriving together see each other (the second lists the first), and the reads
   * share the batch's transaction instead of opening one each.
   */
  async function checkInvitation(request: CheckRequest): Promise<CheckOutcome> {
    const now = clock();
    const { fields } = request;
    const key = personKey(fields.name, fields.headline);
    const person = { teamId: request.teamId, profileUrl: fields.profileUrl, personKey: key };
    const { record, created, earlier, total } = await writes.run(() => {
      const earlier = repos.invitations.findEarlierChecks(person);
      // Counted before the insert, which the count would otherwise include.
      const total = earlierTotal(person, earlier);
      const evaluation = evaluateInvitation(fields, { ...historyAndFocus(request.teamId, request.ownerId, earlier), teammates: [] });
      const stored = repos.invitations.insert({
        teamId: request.teamId,
        ownerId: request.ownerId,
        ...fields,
        personKey: key,
        source: request.source,
        recommendation: evaluation.recommendation,
        score: evaluation.score,
        reasons: evaluation.reasons,
        channelId: request.channelId,
        requestKey: request.requestKey,
        threadTs: request.threadTs ?? null,
        inGroupDm: request.inGroupDm ?? false,
        createdAt: now,
      });
      return { ...stored, earlier, total };
    });
    await request.whenStored?.();
    if (!created) {
      logger.info('Repeated delivery of a check; the first one handles it', { teamId: request.teamId, invitationId: record.id });
      return { kind: 'duplicate', invitation: record };
    }
    logger.info('Invitation checked', {
      teamId: request.teamId,
      invitationId: record.id,
      recommendation: record.recommendation,
      score: record.score,
    });
    // Read for the card only, after the ack: the weighing leaves it out, as a name alone is weak
    // evidence. The checks before this one are the same as inside the batch.
    // Nothing was checked after it yet: no later decisions to read.
    const history = { earlier, total, later: [], sameName: repos.invitations.findSameNameChecks({ ...person, beforeId: record.id }) };
    cardsBeingShown.add(record.id);
    try {
      return (await postCard(record, history, request.responseUrl, request.threadTs ?? null, request.inGroupDm ?? false)).outcome;
    } finally {
      cardsBeingShown.delete(record.id);
    }
  }

  /**
   * After a restart: the checks the last run stored, and acked, but never showed (it stopped between
   * the commit and the card's post). Their cards are posted now, as they would have been: in the
   * channel they were checked in, else privately. Only checks stored within CUT_SHORT_WINDOW_MS
   * before `startedAt`: an older one waits on Home and in the review, as any other. When Slack
   * took the cut-short post before the crash, this is a second card; the new one is the card the
   * app keeps up to date, and the first is noted as a post left unanswered (forgetting warns of
   * it, a click on it works). Returns how many were shown.
   */
  async function showCardsCutShort(startedAt: Date, signal?: AbortSignal): Promise<number> {
    const since = new Date(startedAt.getTime() - CUT_SHORT_WINDOW_MS);
    const found = repos.invitations.cardsNeverShown(since, startedAt, CUT_SHORT_SCAN);
    let shown = 0;
    for (const { teamId, id } of found.slice(-CUT_SHORT_SHOWN_AT_MOST)) {
      if (signal?.aborted === true) break;
      // Read again before each post: the posts before it take a while, and meanwhile the check may
      // have been forgotten, decided (from Home or the review) or shown.
      const record = repos.invitations.findById(teamId, id);
      if (record === null || record.status !== 'pending' || detailsWereRemoved(record) || hasCard(record) || cardsBeingShown.has(id)) continue;
      cardsBeingShown.add(id);
      lateCardsBeingShown.add(id);
      try {
        const { outcome, refusedBecause } = await postCard(record, historyOf(record), null, record.cardThreadTs ?? null, record.checkedInGroupDm ?? false);
        // The last run's post was cut short, not refused: Slack most likely took it, and that copy's
        // ts was never learnt. Noted as a post left unanswered once this one's outcome is noted
        // (a crash before then leaves it to the next start), so forgetting still warns of it. Unless
        // the conversation refuses the card now (the app is not in it, a group DM, archived): it
        // refused that post too, and no copy is there to warn of, nor for the DM copy to point to.
        if (!CONVERSATION_REFUSED.has(refusedBecause ?? '')) await rememberUnansweredPost(record, record.channelId ?? record.ownerId);
        logger.info('Showed the card of a check stored just before a restart', { teamId, invitationId: id, shown: outcome.kind });
        shown += 1;
      } finally {
        cardsBeingShown.delete(id);
        lateCardsBeingShown.delete(id);
      }
    }
    return shown;
  }

  /** Whether a check's card is anywhere: posted, shown privately, or a post left unanswered. */
  function hasCard(invitation: InvitationRecord): boolean {
    return invitation.messageTs !== null || invitation.responseUrl !== null || (invitation.unansweredPostIn ?? null) !== null;
  }

  /**
   * A stored check's history, as its card lists it: the checks before it, and those of the same
   * name under another headline. Read as a fresh check reads them (checkInvitation), so every
   * redraw of a card shows what its first drawing did, plus what came between.
   */
  function historyOf(invitation: InvitationRecord): CardHistory {
    const person = { teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, beforeId: invitation.id };
    const earlier = repos.invitations.findEarlierChecks(person);
    return { earlier, total: earlierTotal(person, earlier), sameName: repos.invitations.findSameNameChecks(person), later: laterDecisionsOf(invitation) };
  }

  /**
   * What the team decided on the person's checks made after this one, as its card lists them
   * ("Since this check"). For a check still pending, all of them: its weighing counts them too. A
   * decided check is a record of what was known when it was decided: those decided by then, which
   * its stored weighing (made while it waited) may name in its reasons.
   */
  function laterDecisionsOf(invitation: Pick<InvitationRecord, 'id' | 'teamId' | 'profileUrl' | 'personKey' | 'status' | 'decidedAt'>): EarlierCheck[] {
    return shownSince(invitation, laterChecksOf(invitation));
  }

  /** The decisions on the person's checks made after this one (see findLaterDecisions). */
  function laterChecksOf(invitation: Pick<InvitationRecord, 'id' | 'teamId' | 'profileUrl' | 'personKey'>): EarlierCheck[] {
    return repos.invitations.findLaterDecisions({ teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, afterId: invitation.id });
  }

  /** Of the later decisions, those a card lists: all for a pending check, those made by its decision for a decided one. */
  function shownSince(invitation: Pick<InvitationRecord, 'status' | 'decidedAt'>, later: readonly EarlierCheck[]): EarlierCheck[] {
    if (invitation.status === 'pending') return [...later];
    const decidedAt = invitation.decidedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    return later.filter((check) => check.decidedAt !== null && check.decidedAt.getTime() <= decidedAt);
  }

  /** Which checks the card's same-name hint lists, as one string to compare. */
  function sameNameListed(invitation: InvitationRecord): string {
    const person = { teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, beforeId: invitation.id };
    return listedIds(repos.invitations.findSameNameChecks(person));
  }

  /**
   * Teammates' names, as their words on a card are weighed: asked of Slack (or its cache) before
   * the weighing, so the weighing itself never waits on the network and can run in a transaction.
   */
  async function teammateNames(teamId: string, userIds: Iterable<string>): Promise<Map<string, string | null>> {
    const names = new Map<string, string | null>();
    await Promise.all(
      [...new Set(userIds)].map(async (userId) => {
        names.set(userId, (await deps.users.profile(teamId, userId, clock())).realName);
      }),
    );
    return names;
  }

  /** The part of the context the database alone gives: read inside a write batch for a fresh check. */
  function historyAndFocus(teamId: string, ownerId: string, earlier: readonly EarlierCheck[]): Omit<EvaluationContext, 'teammates'> {
    return { history: earlier.map((check) => toPriorCheck(check, ownerId)), focus: repos.settings.get(teamId, ownerId).focus };
  }

  /** How many earlier checks there are in all; the list stops at EARLIER_CHECKS_LISTED. */
  function earlierTotal(person: Parameters<InvitationsRepo['countEarlierChecks']>[0], earlier: readonly EarlierCheck[]): number {
    return earlier.length < EARLIER_CHECKS_LISTED ? earlier.length : repos.invitations.countEarlierChecks(person);
  }

  /**
   * The card as it stands: the invitation, what the workspace knew before, what teammates said.
   * A fresh check passes the history it read as it was stored, and has no teammates' words yet.
   */
  function cardFor(
    invitation: InvitationRecord,
    fresh?: CardHistory,
    ownerOnlyNotice: string | null = ownerOnlyNoticeOf(invitation),
  ): { text: string; blocks: KnownBlock[] } {
    const { earlier, total, sameName, later } = fresh ?? historyOf(invitation);
    const voices = fresh === undefined ? repos.voices.forInvitation(invitation.teamId, invitation.id).map(toCardVoice) : [];
    const thankYou = invitation.status !== 'accepted' ? undefined : repos.nudges.hasThankYou(invitation.teamId, invitation.id) ? 'suggested' : 'with-earlier-check';
    // Every step of a changed decision is kept; the card names those before the current one.
    const steps = invitation.status === 'pending' ? [] : repos.decisions.forInvitation(invitation.teamId, invitation.id);
    const earlierDecisions = steps.slice(0, -1).map((step) => ({ decision: step.decision, at: step.createdAt }));
    return invitationCard(
      { ...invitation, thankYou, earlierDecisions },
      earlier.map((check) => toHistoryEntry(check, invitation.ownerId)),
      total,
      voices,
      ownerOnlyNotice,
      sameName.map((check) => toSameNameEntry(check, invitation.ownerId)),
      // As "Seen before": a teammate's reason shows, their note only on their own checks.
      later.map((check) => toHistoryEntry(check, invitation.ownerId)),
    );
  }

  async function postCard(
    record: InvitationRecord,
    history: CardHistory,
    responseUrl: string | null,
    threadTs: string | null,
    inGroupDm: boolean,
  ): Promise<{ outcome: CheckOutcome; refusedBecause: RefusedBecause | null }> {
    const channelId = record.channelId ?? record.ownerId;
    // Checked in a DM (with the app, or anyone): only the owner will ever see the card.
    const card = cardFor(record, history, isDirectMessage(channelId) ? OWNER_ONLY_NOTICE : null);
    const slow = responseUrl === null ? null : noticeIfSlow(record, responseUrl);
    let posted: PostedMessage;
    postsInFlight.set(record.id, { teamId: record.teamId, channelId });
    try {
      posted = await postBlocks(client, { channel: channelId, threadTs, ...card });
    } catch (error) {
      await slow?.settle();
      return { outcome: await showCardElsewhere(record, history, responseUrl, error, inGroupDm), refusedBecause: refusedBecause(error) };
    } finally {
      postsInFlight.delete(record.id);
    }
    await slow?.settle();
    await rememberCardLocation(record, { channelId: posted.channel ?? channelId, messageTs: posted.ts ?? null, responseUrl: null, threadTs }, listedIds(history.sameName));
    return { outcome: { kind: 'posted', invitation: record }, refusedBecause: null };
  }

  /**
   * A card's post can wait on Slack for a while (a rate limit's Retry-After, a slow answer) after
   * the command was acked, and the person sees nothing meanwhile. Past a few seconds they are told,
   * beside the command, that it is saved and on its way. `settle` stops the timer, and waits for a
   * notice already sent so that a private copy of the card never arrives before it.
   */
  function noticeIfSlow(record: InvitationRecord, responseUrl: string): { settle(): Promise<void> } {
    let sending: Promise<void> | null = null;
    const timer = setTimeout(() => {
      const words = slowCardText(record.name);
      sending = respondVia(responseUrl)({ response_type: 'ephemeral', text: words, blocks: [{ type: 'section', text: mrkdwn(words) }] }).then(
        () => logger.info('The card is slow to post; its owner was told it is on its way', { teamId: record.teamId, invitationId: record.id }),
        (error: unknown) => logger.warn('Could not tell the owner their card is slow to post', { invitationId: record.id, failure: describeSlackFailure(error) }),
      );
    }, slowCardNoticeMs);
    return {
      async settle() {
        clearTimeout(timer);
        if (sending !== null) await sending;
      },
    };
  }

  /**
   * Notes where the card is, so later changes redraw it. The check is stored and its card shown by
   * now, so failing to note it (a full disk) is logged, not thrown: the person must not be told
   * their check was lost, nor get a second card.
   */
  async function rememberCardLocation(record: InvitationRecord, location: CardLocation, drawnHint: string): Promise<void> {
    let shownNow: string | null;
    try {
      shownNow = await writes.run(() => repos.invitations.setCardLocation(record.teamId, record.id, location, clock()));
    } catch (error) {
      logger.error('The card is shown, but where it is could not be stored: later changes will not redraw it', {
        teamId: record.teamId,
        invitationId: record.id,
        failure: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    await showWhatChangedMeanwhile(record, location, shownNow, drawnHint);
  }

  /**
   * A card's post can wait on Slack for a while (rate limits; a late card, while a click reaches
   * the copy a crash left): what happened meanwhile reached no card, or another copy, and the card
   * just placed shows the check as it was drawn. Forgotten meanwhile (its row is gone, and the
   * forgetting knew no card to blank): the message goes to the card catch-up job, to be blanked.
   * Decided or corrected meanwhile: redrawn as it stands. `shownNow` is what the card should show
   * now, read as its place was stored (null: the check is gone), so that the check itself is read
   * again only when something changed. Failures are logged.
   *
   * `drawnHint`: the checks its same-name hint listed (sameNameListed). The hint is not weighed, so
   * a check in it forgotten or purged meanwhile changes nothing shownOnCard sees, and the forgetting
   * could not redraw a card with no place yet: compared too, and redrawn without it. Read only when
   * the hint listed something: forgetting and the purge only take checks away from it.
   */
  async function showWhatChangedMeanwhile(drawn: InvitationRecord, location: CardLocation, shownNow: string | null, drawnHint: string): Promise<void> {
    const hintMovedOn = (invitation: InvitationRecord) => drawnHint !== '' && sameNameListed(invitation) !== drawnHint;
    try {
      if (shownNow !== null && shownNow === shownOnCard(drawn) && !hintMovedOn(drawn)) return;
      const current = shownNow === null ? null : repos.invitations.findById(drawn.teamId, drawn.id);
      if (current === null) {
        if (location.messageTs === null) return;
        const card = { teamId: drawn.teamId, channelId: location.channelId, ts: location.messageTs, kind: 'card' as const, who: 'person' as const, userId: null, week: null };
        await writes.run(() => repos.privacy.queueForgottenMessages([card], clock()));
        logger.info('A card reached Slack after its check was forgotten; it is left to the card catch-up job to blank', { teamId: drawn.teamId, invitationId: drawn.id });
        return;
      }
      if (shownOnCard(current) === shownOnCard(drawn) && !hintMovedOn(current)) return;
      logger.info('The check changed while its card was on its way; the card is redrawn as it stands', { teamId: drawn.teamId, invitationId: drawn.id });
      // Not redrawn now: the catch-up job tries again (a card in a channel or a DM; see markCardsStale).
      if (!(await redrawCard(current))) await writes.run(() => repos.invitations.markCardsStale(current.teamId, [current.id], clock()));
    } catch (error) {
      logger.error('Could not show on the card what changed while it was on its way', {
        teamId: drawn.teamId,
        invitationId: drawn.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * For a shutdown that cannot wait any longer: notes each card post still waiting on Slack as
   * unanswered, as a timeout would have, so that a click on a card Slack did store adopts it and
   * forgetting says a card may be left there. Written at once, outside the write batch: the
   * process exits next. Returns how many were noted.
   */
  function notePostsInFlightUnanswered(): number {
    let noted = 0;
    for (const [id, post] of postsInFlight) {
      try {
        repos.invitations.noteUnansweredPost(post.teamId, id, post.channelId, clock());
        noted += 1;
      } catch (error) {
        logger.error('Could not note a card post cut short by the shutdown', { invitationId: id, failure: error instanceof Error ? error.message : String(error) });
      }
    }
    postsInFlight.clear();
    return noted;
  }

  /**
   * Notes that Slack never answered the card's post to `channelId`: a copy may be there whose place
   * the app does not know, which forgetting cannot blank. Failing to note it is logged, not thrown.
   */
  async function rememberUnansweredPost(record: InvitationRecord, channelId: string): Promise<void> {
    try {
      await writes.run(() => repos.invitations.noteUnansweredPost(record.teamId, record.id, channelId, clock()));
    } catch (error) {
      logger.error('Could not note that the card post went unanswered', {
        teamId: record.teamId,
        invitationId: record.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * Notes that the card was refused everywhere, so that forgetting warns of no card "that may be
   * in that channel" (a post left unanswered is noted apart, and still warned of), and a restart
   * does not take it for a post a crash cut short. Failing to note it is logged, not thrown.
   */
  async function rememberShownNowhere(record: InvitationRecord): Promise<void> {
    try {
      await writes.run(() => repos.invitations.noteCardShownNowhere(record.teamId, record.id, clock()));
    } catch (error) {
      logger.error('Could not note that the card was shown nowhere', {
        teamId: record.teamId,
        invitationId: record.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * The channel refused the card, or Slack never answered its post: show it to the owner alone,
   * else in their DM with the app. A post left unanswered may have reached the channel all the
   * same (chat.postMessage cannot be asked again safely): the notice says both copies work, and a
   * click on the channel's copy notes it as the card's place (noteCardClick).
   */
  async function showCardElsewhere(
    record: InvitationRecord,
    history: CardHistory,
    responseUrl: string | null,
    error: unknown,
    inGroupDm: boolean,
  ): Promise<CheckOutcome> {
    const channelId = record.channelId ?? record.ownerId;
    const failure = describeSlackFailure(error);
    const because = refusedBecause(error);
    logger.warn(because === 'no-answer' ? 'Slack did not answer the card post; it may be in the channel' : 'Could not post the card in the channel', {
      teamId: record.teamId,
      invitationId: record.id,
      failure,
    });
    if (because === 'no-answer') await rememberUnansweredPost(record, channelId);
    const notice = ephemeralCardNotice(because, channelId, inGroupDm);
    if (responseUrl !== null) {
      try {
        await respondVia(responseUrl)({ response_type: 'ephemeral', ...cardFor(record, history, notice) });
      } catch (respondError) {
        logger.warn('Could not show the ephemeral card either', { invitationId: record.id, failure: describeSlackFailure(respondError) });
        return postCardInDm(record, history, because, inGroupDm);
      }
      await rememberCardLocation(record, { channelId, messageTs: null, responseUrl }, listedIds(history.sameName));
      return { kind: 'ephemeral', invitation: record };
    }
    return postCardInDm(record, history, because, inGroupDm);
  }

  /** Last resort: the card in the owner's DM with the app, where it can still be updated. */
  async function postCardInDm(
    record: InvitationRecord,
    history: CardHistory,
    because: RefusedBecause,
    inGroupDm: boolean,
  ): Promise<CheckOutcome> {
    let dm: string;
    let posted: PostedMessage;
    try {
      dm = await deps.users.dmChannel(record.teamId, record.ownerId);
      const notice = dmCardNotice(because, record.channelId, inGroupDm);
      posted = await postBlocks(client, { channel: dm, ...cardFor(record, history, notice) });
    } catch (error) {
      logger.error('The card could not be shown anywhere; the invitation is stored', {
        teamId: record.teamId,
        invitationId: record.id,
        failure: describeSlackFailure(error),
      });
      await rememberShownNowhere(record);
      return { kind: 'unposted', invitation: record };
    }
    await rememberCardLocation(record, { channelId: posted.channel ?? dm, messageTs: posted.ts ?? null, responseUrl: null }, listedIds(history.sameName));
    return { kind: 'dm', invitation: record };
  }

  function findInvitation(teamId: string, invitationId: number): InvitationRecord {
    const invitation = repos.invitations.findById(teamId, invitationId);
    if (invitation === null) {
      throw new AppError('not_found', "I couldn't find that invitation. It may have been removed.", `invitation ${invitationId} not in team ${teamId}`);
    }
    return invitation;
  }

  /** Loads an invitation the actor may decide on, or explains why not. */
  function invitationForOwner(teamId: string, invitationId: number, actorId: string): InvitationRecord {
    const invitation = findInvitation(teamId, invitationId);
    if (invitation.ownerId !== actorId) {
      throw new AppError(
        'not_owner',
        `Only ${mention(invitation.ownerId)} can decide on this invitation.${teammateHint(invitation)}`,
        `user ${actorId} tried to decide on invitation ${invitationId}`,
      );
    }
    return invitation;
  }

  /**
   * Loads an invitation whose details the actor may correct: their own, with its details still
   * there (retention removes them for good), or explains why not.
   */
  function invitationForEditor(teamId: string, invitationId: number, actorId: string): InvitationRecord {
    const invitation = findInvitation(teamId, invitationId);
    if (invitation.ownerId !== actorId) {
      throw new AppError(
        'not_owner',
        `Only ${mention(invitation.ownerId)} can edit this invitation's details.${teammateHint(invitation)}`,
        `user ${actorId} tried to edit invitation ${invitationId}`,
      );
    }
    if (detailsWereRemoved(invitation)) {
      throw new AppError('not_found', "This invitation's details were removed after the retention period, so there is nothing left to edit.", `invitation ${invitationId} has no details`);
    }
    return invitation;
  }

  /**
   * The owner's correction of what was read: stored, weighed again (a new name or profile URL
   * can find other earlier checks), and shown on the card, in a thank-you DM still open and on the
   * Home tab.
   */
  async function editDetails(edit: DetailsEdit): Promise<{ invitation: InvitationRecord; cardShown: boolean }> {
    const invitation = invitationForEditor(edit.teamId, edit.invitationId, edit.actorId);
    const corrected = { ...invitation, ...edit.fields, personKey: personKey(edit.fields.name, edit.fields.headline), source: edit.source };
    // Weighed before the write (teammates' names may need Slack), so details and weight are stored together.
    const weighed = await weigh(corrected);
    // Who it is may change, and with it whether this check's thank-you is that person's one: a
    // reminder this correction may schedule takes the time an Accept would, asked of Slack before the write.
    let thankYouAt = invitation.status === 'accepted' || repos.nudges.hasThankYou(edit.teamId, invitation.id) ? await thankYouDueFor(invitation) : null;
    let reminders: ThankYousFollowed = { own: 'unchanged', others: [] };
    let otherChecks: InvitationRecord[] = [];
    let stored: 'stored' | 'gone' | 'time needed';
    let markedAt = clock();
    do {
      const now = clock();
      markedAt = now;
      // Decided on the row as committed, not as read before the awaits: an Accept (or a reminder)
      // that came in between, in another click, is what the decision and the reminder follow.
      // A lock held elsewhere is waited for between turns, so the form's ack is not held up (lock-wait.ts).
      stored = await whenWritable(deps.db, () => deps.db.transaction((): typeof stored => {
        const before = repos.invitations.findById(edit.teamId, invitation.id);
        if (before === null || detailsWereRemoved(before)) return 'gone';
        const heldThankYou = repos.nudges.hasThankYou(edit.teamId, before.id);
        // Accepted, or given a reminder, since the time was asked for: ask Slack, then weigh the
        // row as it stands again (nothing is written until then).
        if (thankYouAt === null && (before.status === 'accepted' || heldThankYou)) return 'time needed';
        // A decided card keeps what its owner decided on, and says what the corrected details weigh
        // when that differs: a line saying the same verdict and score again reads as a change.
        const weighsTheSame = weighed.recommendation === before.recommendation && weighed.score === before.score;
        const evaluation: Evaluation =
          before.status === 'pending' || weighsTheSame
            ? weighed
            : { recommendation: before.recommendation, score: before.score, reasons: [reweighedAfterDecision(weighed), ...weighed.reasons] };
        const details = { teamId: edit.teamId, id: before.id, ownerId: edit.actorId, ...edit.fields, personKey: corrected.personKey, source: edit.source, now };
        // Who it is may change: the pending checks of the person it was, and of the one it is now.
        const people: Person[] = [before, { teamId: edit.teamId, profileUrl: edit.fields.profileUrl, personKey: corrected.personKey }];
        const others = pendingOthers(before.id, people);
        // What their cards list before the correction, to tell those it moves a check into or out of.
        const listedBefore = new Map([...others].map(([id, other]) => [id, checkIds(weighedChecks(other, true))]));
        if (!repos.invitations.updateDetails(details)) return 'gone';
        repos.invitations.updateEvaluation(edit.teamId, before.id, evaluation, now);
        reminders = thankYousFollowCorrection(before, { heldThankYou, thankYouAt }, now);
        // The cards to redraw, marked for the catch-up job with the correction (see applyDecision).
        repos.invitations.markCardsStale(edit.teamId, [before.id, ...reminders.others], now);
        otherChecks = reweighOthers(before.id, others, edit.teamId, now, { corrected: listedBefore });
        return 'stored';
      }).immediate());
      if (stored === 'time needed') thankYouAt = await thankYouDueFor(invitation);
    } while (stored === 'time needed');
    if (stored === 'stored') await edit.whenStored?.();
    if (stored === 'gone') {
      // Retention or a forget came between the check above and the write: say which.
      invitationForEditor(edit.teamId, edit.invitationId, edit.actorId);
      throw new AppError('not_found', "I couldn't find that invitation. It may have been removed.", `invitation ${invitation.id} changed under an edit`);
    }
    const current = repos.invitations.findById(edit.teamId, invitation.id) ?? invitation;
    logger.info('Invitation details corrected', { teamId: edit.teamId, invitationId: invitation.id, recommendation: current.recommendation, score: current.score });
    if (reminders.own !== 'unchanged' || reminders.others.length > 0) {
      logger.info('Thank-you reminders follow the correction', { teamId: edit.teamId, invitationId: invitation.id, own: reminders.own, others: reminders.others });
    }
    const cardShown = await redrawCard(current);
    if (cardShown) unmarkRedrawn(current, markedAt);
    // Their cards' thank-you line changed with their reminder.
    for (const otherId of reminders.others) {
      const other = repos.invitations.findById(edit.teamId, otherId);
      if (other !== null && (await redrawCard(other))) unmarkRedrawn(other, markedAt);
    }
    // A thank-you DM still asking to thank them (sent, or snoozed with its buttons still showing)
    // holds the note the owner copies: it shows the corrected name and draft too.
    const openDms = repos.nudges.dmsOfOpen(current.teamId, current.id);
    if (openDms.length > 0) await thankYouDms.redraw(current.teamId, current.ownerId, openDms, { kind: 'details-corrected' });
    await deps.afterDecision?.(current.teamId, current.ownerId);
    followUp(() => showOthersReweighed(current, otherChecks, markedAt));
    if (reminders.own === 'scheduled' || reminders.others.length > 0) await openDmAhead(current);
    return { invitation: current, cardShown };
  }

  /**
   * Edit details may make a check someone else (or the same person as another check): the rule
   * an Accept applies, one thank-you per person, is applied again as things stand now, inside the
   * correction's transaction and with the repository's guarded statements, so a reminder a sweep
   * is posting is never cancelled under it and one already sent stays as it is.
   * - Its reminder not gone out, while the person as corrected has another (waiting, sent or
   *   skipped): cancelled. Its reminder gone out: their other checks' reminders not gone out are.
   * - Accepted with no reminder, and the person as corrected has none: scheduled, as an Accept would.
   * - Corrected away from someone while holding a reminder: their accepted check that waited on it
   *   gets one, as a change of decision hands it on.
   * A pending check has no reminder; a turned-down one's was cancelled when it was turned down
   * (one done or skipped still counts for whoever it is now).
   */
  function thankYousFollowCorrection(before: InvitationRecord, given: { heldThankYou: boolean; thankYouAt: Date | null }, now: Date): ThankYousFollowed {
    const { teamId, id, ownerId } = before;
    const current = repos.invitations.findById(teamId, id);
    if (current === null) return { own: 'unchanged', others: [] };
    const others: number[] = [];
    let own: ThankYousFollowed['own'] = 'unchanged';
    if (repos.nudges.cancelUnsentThankedElsewhere(teamId, id, now) > 0) own = 'cancelled';
    others.push(...repos.nudges.cancelOthersUnsent(teamId, id, now));
    const at = given.thankYouAt;
    if (own === 'unchanged' && current.status === 'accepted' && at !== null && !repos.nudges.hasThankYou(teamId, id)) {
      if (repos.nudges.schedule({ invitationId: id, teamId, ownerId, dueAt: at, now })) own = 'scheduled';
    }
    const samePerson = before.profileUrl === current.profileUrl && before.personKey === current.personKey;
    if (!samePerson && given.heldThankYou && at !== null) {
      const waiting = repos.invitations.otherAcceptedCheck(before);
      if (waiting !== null && repos.nudges.schedule({ invitationId: waiting, teamId, ownerId, dueAt: at, now })) others.push(waiting);
    }
    return { own, others };
  }

  /** Explains why a decision cannot be made again; null for a repeat of the same decision. */
  function alreadyDecidedMessage(invitation: InvitationRecord, attempted: Decision): string | null {
    if (invitation.status === 'pending' || invitation.status === attempted) return null;
    const when = invitation.decidedAt ? ` on ${slackDate(invitation.decidedAt)}` : '';
    return `You already ${invitation.status} this invitation${when}. To change that, use *Change decision* on the card.`;
  }

  /** Records the owner's first decision once, schedules the thank-you after an Accept, and redraws the card. */
  async function recordDecision(request: DecisionRequest): Promise<DecisionOutcome> {
    const click = noteCardClick(invitationForOwner(request.teamId, request.invitationId, request.actorId), request.copy ?? null);
    const { invitation } = click;
    if (request.responseUrl !== null) {
      repos.invitations.rememberResponseUrl(request.teamId, invitation.id, request.responseUrl, clock());
    }
    if (invitation.status !== 'pending') {
      // Decided on its other copy: this one still showed the buttons. Or on this one, whose redraw
      // never landed (a crash): it is redrawn now.
      await showMovedOn(click);
      await showStoredCardBehind(click);
      return { kind: 'unchanged', invitation };
    }
    const outcome = await applyDecision(invitation, request, 'first');
    // The decision redrew where the card is stored (the message clicked, if it was noted just now);
    // another copy clicked shows it too.
    const copy = click.unseenCopy;
    if (outcome.kind === 'decided' && copy !== null && !isStoredCopy(outcome.invitation, copy)) await redrawCopy(outcome.invitation, copy);
    return outcome;
  }

  /** Changes a decision already made: the history keeps both steps; the nudge follows the change. */
  async function changeDecision(request: DecisionRequest): Promise<DecisionOutcome> {
    const invitation = invitationForOwner(request.teamId, request.invitationId, request.actorId);
    // Accepting a nameless record would draft "Hi Details, thanks for connecting!".
    if (detailsWereRemoved(invitation)) throw new AppError('not_found', DETAILS_REMOVED_NO_CHANGE, `invitation ${invitation.id} has no details`);
    if (invitation.status === 'pending' || invitation.status === request.decision) return { kind: 'unchanged', invitation };
    return applyDecision(invitation, request, 'change');
  }

  async function applyDecision(invitation: InvitationRecord, request: DecisionRequest, step: 'first' | 'change'): Promise<DecisionOutcome> {
    // Ask Slack for the owner's time zone before the write, so the transaction stays short. A
    // change away from Accept may hand the thank-you on to another accepted check (below).
    const thankYouAt = request.decision === 'accepted' || invitation.status === 'accepted' ? await thankYouDueFor(invitation) : null;
    const nudgeDueAt = request.decision === 'accepted' ? thankYouAt : null;
    const at = clock();
    let handedOn: number | null = null;
    // The thank-you DMs that still ask to thank them, read before the reminder is cancelled below.
    let openDms: ThankYouDmLocation[] = [];
    // The person's other pending checks this decision weighs differently (or whose card lists it).
    let others: InvitationRecord[] = [];
    // A lock held elsewhere is waited for between turns, so a form's ack is not held up (lock-wait.ts).
    const decided = await whenWritable(deps.db, () => deps.db.transaction(() => {
      const change = {
        teamId: request.teamId,
        id: invitation.id,
        actorId: request.actorId,
        decision: request.decision,
        reason: request.reason,
        note: request.note,
        at,
      };
      const changed = step === 'first' ? repos.invitations.decide(change) : repos.invitations.changeDecision(change);
      if (!changed) return false;
      repos.decisions.append({ ...request, at });
      if (invitation.status === 'accepted') openDms = repos.nudges.dmsOfOpen(request.teamId, invitation.id);
      if (invitation.status === 'accepted' && repos.nudges.cancelOpen(request.teamId, invitation.id, at) > 0 && thankYouAt !== null) {
        // One thank-you per person: an accepted later check of them waited on this one's, and gets it.
        const other = repos.invitations.otherAcceptedCheck(invitation);
        if (other !== null && repos.nudges.schedule({ invitationId: other, teamId: request.teamId, ownerId: invitation.ownerId, dueAt: thankYouAt, now: at })) {
          handedOn = other;
        }
      }
      if (nudgeDueAt !== null) {
        repos.nudges.schedule({ invitationId: invitation.id, teamId: request.teamId, ownerId: invitation.ownerId, dueAt: nudgeDueAt, now: at });
      }
      // Marked for the catch-up job (jobs/stale-cards.ts) with the decision: should the process die
      // before the redraw below, the card is redrawn after the restart. Unmarked once redrawn.
      repos.invitations.markCardsStale(request.teamId, handedOn === null ? [invitation.id] : [invitation.id, handedOn], at);
      others = reweighOthers(invitation.id, pendingOthers(invitation.id, [invitation]), request.teamId, at, 'decided');
      return true;
    }).immediate());
    await request.whenStored?.();
    const current = repos.invitations.findById(request.teamId, invitation.id) ?? invitation;
    if (!decided) return { kind: 'unchanged', invitation: current };
    logger.info('Decision recorded', { teamId: request.teamId, invitationId: invitation.id, decision: request.decision, step });
    const cardShown = await redrawCard(current);
    if (cardShown) unmarkRedrawn(current, at);
    // Its card said the thank-you came with this check; now it has its own.
    const other = handedOn === null ? null : repos.invitations.findById(request.teamId, handedOn);
    if (other !== null && (await redrawCard(other))) unmarkRedrawn(other, at);
    // A DM already out still said "Time to say thanks" with its buttons: it now says what changed.
    if (openDms.length > 0) await thankYouDms.redraw(current.teamId, current.ownerId, openDms, { kind: 'decision-changed', handedOn: handedOn !== null });
    await deps.afterDecision?.(current.teamId, current.ownerId);
    followUp(() => showOthersReweighed(current, others, at));
    if (request.decision === 'accepted') await openDmAhead(current);
    const declineDraft = request.decision === 'declined' ? await declineDraftFor(current) : null;
    return { kind: 'decided', invitation: current, nudgeDueAt, declineDraft, cardShown };
  }

  /**
   * The ready-to-send message for a polite decline: after the decline, and again on a Decline click
   * on an invitation already declined (the first may have been lost in a crash). Null when its
   * details were removed: there is no name to write to.
   */
  async function declineDraftFor(invitation: InvitationRecord): Promise<string | null> {
    if (invitation.status !== 'declined' || detailsWereRemoved(invitation)) return null;
    return draftDecline(invitation, (await deps.users.profile(invitation.teamId, invitation.ownerId, clock())).realName);
  }

  /**
   * Opens (and caches) the owner's DM with the app now, while people click at human pace, so the
   * sweep that later sends many nudges at once spends Slack's limits on the messages themselves.
   */
  async function openDmAhead(invitation: InvitationRecord): Promise<void> {
    try {
      await deps.users.dmChannel(invitation.teamId, invitation.ownerId);
    } catch (error) {
      logger.debug('Could not open the DM ahead; the sweep will', { failure: describeSlackFailure(error) });
    }
  }

  async function thankYouDueFor(invitation: InvitationRecord): Promise<Date> {
    const profile = await deps.users.profile(invitation.teamId, invitation.ownerId, clock());
    const personal = repos.settings.get(invitation.teamId, invitation.ownerId);
    const window = personalWorkingWindow(personal, deps.settings.workingWindow);
    const delay = thankYouDelayMinutes(personal.thankYouDelay, deps.settings.thankYouDelayMinutes);
    return thankYouDueAt(clock(), safeTimeZone(profile.tz), window, delay, deps.settings.sweepGapMs ?? DEFAULT_SWEEP_GAP_MS);
  }

  /** Weighs the invitation again (a teammate weighed in) and stores the fresh recommendation. */
  async function reevaluate(invitation: InvitationRecord): Promise<InvitationRecord> {
    const evaluation = await weigh(invitation);
    repos.invitations.updateEvaluation(invitation.teamId, invitation.id, evaluation, clock());
    return repos.invitations.findById(invitation.teamId, invitation.id) ?? invitation;
  }

  /** Weighs a stored invitation, as it is or as corrected: its earlier checks, the owner's focus, teammates' words. */
  async function weigh(invitation: StoredFields): Promise<Evaluation> {
    const voices = repos.voices.forInvitation(invitation.teamId, invitation.id);
    const names = await teammateNames(invitation.teamId, voices.map((voice) => voice.userId));
    return weighWith(invitation, { names, focus: repos.settings.get(invitation.teamId, invitation.ownerId).focus, voices });
  }

  /**
   * The weighing itself, with teammates' names and the owner's focus in hand: it only reads the
   * database (the voices too, unless given), so it can run inside a transaction.
   */
  function weighWith(
    invitation: StoredFields,
    given: { names: ReadonlyMap<string, string | null>; focus: OwnerFocus; voices?: readonly VoiceRecord[] },
    /** Count what was decided on later checks: for a pending check by default (see laterDecisionsOf). */
    withLater: boolean = invitation.status === 'pending',
  ): Evaluation {
    return weighHistory(invitation, weighedChecks(invitation, withLater), given);
  }

  /** The checks a weighing counts: those before it, and with `withLater` the decisions on those after it. */
  function weighedChecks(invitation: StoredFields, withLater: boolean): EarlierCheck[] {
    const earlier = repos.invitations.findEarlierChecks({
      teamId: invitation.teamId,
      profileUrl: invitation.profileUrl,
      personKey: invitation.personKey,
      beforeId: invitation.id,
    });
    return withLater ? [...laterChecksOf(invitation), ...earlier] : earlier;
  }

  function weighHistory(
    invitation: StoredFields,
    earlier: readonly EarlierCheck[],
    given: { names: ReadonlyMap<string, string | null>; focus: OwnerFocus; voices?: readonly VoiceRecord[] },
  ): Evaluation {
    const voices = given.voices ?? repos.voices.forInvitation(invitation.teamId, invitation.id);
    const teammates = voices.map((voice) => ({
      // A name not asked for (a focus change weighs with the cache; a word given since): the cached one.
      name: given.names.get(voice.userId) ?? deps.users.cachedProfile(invitation.teamId, voice.userId)?.realName ?? 'A teammate',
      kind: voice.kind,
      note: voice.note,
    }));
    const history = earlier.map((check) => toPriorCheck(check, invitation.ownerId));
    return evaluateInvitation(invitation, { history, focus: given.focus, teammates });
  }

  /**
   * The newest OTHER_PENDING_WEIGHED pending checks of each person but `changedId`, by id: a
   * correction moving a check away from someone with many newer waiting checks must still reach
   * the person it moves to.
   */
  function pendingOthers(changedId: number, people: readonly Person[]): Map<number, InvitationRecord> {
    const found = new Map<number, InvitationRecord>();
    const asked = new Set<string>();
    for (const person of people) {
      const key = JSON.stringify([person.teamId, person.profileUrl, person.personKey]);
      if (asked.has(key) || detailsWereRemoved(person)) continue;
      asked.add(key);
      for (const other of repos.invitations.pendingChecksOfPerson({ ...person, exceptId: changedId }, OTHER_PENDING_WEIGHED)) found.set(other.id, other);
    }
    return found;
  }

  /**
   * Inside the transaction of a decision on, or a correction of, check `changedId`: `found`, the
   * newest OTHER_PENDING_WEIGHED pending checks of the person (of each person: a correction may
   * move a check from one person to another; see pendingOthers), are weighed again with what the team now knows, as a check would
   * be (a pending check counts what was decided after it too). Those whose weighing changed are
   * stored; after a decision, so are those whose card lists the decided check (its entry now says
   * what was decided), weighed the same or not, and after a correction those whose list it moved
   * into or out of. They are marked for the card catch-up job with the
   * change, as a focus change marks them, so a crash before they are redrawn loses none. Returns
   * them as stored now, newest first. A fresh check never comes here: it has no later checks.
   */
  function reweighOthers(
    changedId: number,
    found: ReadonlyMap<number, InvitationRecord>,
    teamId: string,
    now: Date,
    /** A correction: what each card listed before it (by checkIds), to tell those it moved into or out of. */
    change: 'decided' | { corrected: ReadonlyMap<number, string> },
  ): InvitationRecord[] {
    // Teammates' names as cached, and each owner's focus read once: this runs in a transaction.
    const names = new Map<string, string | null>();
    const focusOf = new Map<string, OwnerFocus>();
    const changed: InvitationRecord[] = [];
    for (const other of [...found.values()].sort((a, b) => b.id - a.id)) {
      const focus = focusOf.get(other.ownerId) ?? repos.settings.get(other.teamId, other.ownerId).focus;
      focusOf.set(other.ownerId, focus);
      const checks = weighedChecks(other, true);
      const evaluation = weighHistory(other, checks, { names, focus });
      if (!sameEvaluation(other, evaluation)) {
        repos.invitations.updateEvaluation(other.teamId, other.id, evaluation, now);
        changed.push({ ...other, ...evaluation, reasons: [...evaluation.reasons] });
      } else if (change === 'decided' ? checks.some((check) => check.id === changedId) : (change.corrected.get(other.id) ?? checkIds(checks)) !== checkIds(checks)) {
        // Weighed the same, but the card shows the decision just made, or a corrected check moved
        // into or out of its list (another then filling its place: the lists show the newest only).
        changed.push(other);
      }
    }
    if (changed.length > 0) repos.invitations.markCardsStale(teamId, changed.map((invitation) => invitation.id), now);
    return changed;
  }

  /**
   * After a decision on (or a correction of) `changedCheck` has been answered: the cards of the
   * other checks `reweighOthers` weighed again are redrawn, one at a time, on `updatesClient` (see
   * redrawInTurn). After a failure for a passing reason (Slack down, a rate limit) the rest are not
   * tried: they stay marked, and the card catch-up job redraws them at its pace, after any
   * Retry-After. Those redrawn are unmarked. Then the Home tab of each other owner, whose waiting
   * list shows the stored recommendations. Never throws.
   */
  async function showOthersReweighed(changedCheck: InvitationRecord, changed: readonly InvitationRecord[], markedAt: Date): Promise<void> {
    if (changed.length === 0) return;
    const { redrawn, failed, tried, failedCards } = await redrawInTurn(changed, 'Could not redraw a card weighed again after a decision on another check', {
      via: updatesClient,
      stopAtPassingFailure: true,
    });
    const failedIds = new Set(failedCards.map((invitation) => invitation.id));
    for (const card of changed.slice(0, tried)) if (!failedIds.has(card.id)) unmarkRedrawn(card, markedAt);
    logger.info("The person's other waiting checks were weighed again", {
      teamId: changedCheck.teamId,
      invitationId: changedCheck.id,
      changed: changed.length,
      redrawn,
      failed,
      left: changed.length - tried + failed,
    });
    // The owner of the check just changed had theirs refreshed already.
    const owners = new Set(changed.map((invitation) => invitation.ownerId));
    owners.delete(changedCheck.ownerId);
    for (const ownerId of owners) {
      if (deps.publishOthersHome === undefined) {
        await deps.afterDecision?.(changedCheck.teamId, ownerId);
      } else if ((await deps.publishOthersHome(changedCheck.teamId, ownerId)) === 'passing') {
        logger.info('Home tabs left to be drawn when next opened after a decision on another check', { teamId: changedCheck.teamId, invitationId: changedCheck.id });
        break;
      }
    }
  }

  /** Runs `work` after the answer, without holding it up (see followUps). Failures are logged. */
  function followUp(work: () => Promise<void>): void {
    const running: Promise<void> = work()
      .catch((error: unknown) => {
        logger.error('Could not finish what a decision left to do', { failure: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => followUps.delete(running));
    followUps.add(running);
  }

  /** Resolves once every follow-up (see followUp), including any started meanwhile, has finished. */
  async function followUpsSettled(): Promise<void> {
    while (followUps.size > 0) await Promise.allSettled([...followUps]);
  }

  /**
   * Weighs every invitation the owner has not decided on again with their new focus, and stores
   * the recommendations that changed. `change.save` (the settings save that brings the focus) runs
   * in the same transaction as the stores, so a crash or a full disk leaves either the old focus
   * with the old weights or the new focus with the new ones, never half of each.
   *
   * An owner may have hundreds waiting, so the weighing runs before that transaction, a chunk at a
   * time, letting other requests in between; the transaction then only stores. A row whose stamp
   * moved meanwhile (decided, corrected, a teammate's word) or that was checked meanwhile is
   * weighed again inside the transaction, as it stands then; one decided meanwhile is left alone.
   */
  async function reweighPending(teamId: string, ownerId: string, change: { focus: OwnerFocus; save: () => void }): Promise<Reweighing> {
    // Teammates' names as cached when they weighed in: asking Slack here could hold the save (and
    // everything the person just typed) for a rate limit's wait before anything is stored.
    const names = new Map<string, string | null>();
    const early = new Map<number, { invitation: InvitationRecord; stamp: string; evaluation: Evaluation }>();
    let after: InvitationRecord | undefined;
    do {
      if (after !== undefined) await nextTurn();
      const page = repos.invitations.pendingForOwner(teamId, ownerId, { limit: REWEIGHED_BETWEEN_TURNS, ...(after === undefined ? {} : { after }) });
      const voices = new Map(page.map(({ invitation }) => [invitation.id, repos.voices.forInvitation(teamId, invitation.id)]));
      for (const { invitation, stamp } of page) {
        const evaluation = weighWith(invitation, { names, focus: change.focus, voices: voices.get(invitation.id) ?? [] });
        early.set(invitation.id, { invitation, stamp, evaluation });
      }
      after = page.length === REWEIGHED_BETWEEN_TURNS ? page.at(-1)?.invitation : undefined;
    } while (after !== undefined);
    const weighNow = (id: number): { invitation: InvitationRecord; evaluation: Evaluation } | null => {
      const invitation = repos.invitations.findById(teamId, id);
      return invitation === null ? null : { invitation, evaluation: weighWith(invitation, { names, focus: change.focus }) };
    };
    const now = clock();
    const reweighing = await whenWritable(deps.db, () => deps.db.transaction((): Reweighing => {
      change.save();
      const pending = repos.invitations.pendingStamps(teamId, ownerId);
      const changed: InvitationRecord[] = [];
      let newVerdicts = 0;
      for (const { id, stamp } of pending) {
        // Weighed above from the row as it still stands; else changed or checked since, and weighed now.
        const weighed = early.get(id);
        const current = weighed !== undefined && weighed.stamp === stamp ? weighed : weighNow(id);
        if (current === null || sameEvaluation(current.invitation, current.evaluation)) continue;
        repos.invitations.updateEvaluation(teamId, id, current.evaluation, now);
        if (current.invitation.recommendation !== current.evaluation.recommendation) newVerdicts += 1;
        changed.push({ ...current.invitation, ...current.evaluation, reasons: [...current.evaluation.reasons] });
      }
      // Every changed card is marked for the catch-up job with the new weights, as a forgetting's
      // are: a crash before they are redrawn loses none. Those redrawn at once are unmarked then.
      repos.invitations.markCardsStale(teamId, changed.map((invitation) => invitation.id), now);
      return { weighed: pending.length, changed, newVerdicts, markedAt: now };
    }).immediate());
    logger.info('Waiting invitations weighed again', { teamId, ownerId, weighed: reweighing.weighed, changed: reweighing.changed.length });
    return reweighing;
  }

  /**
   * Runs `forgetting.forget` (deleting someone's checks or words) and weighs again, in the same
   * transaction, the invitations whose stored weighing may have used what it deletes: their
   * reasons are text copies made when they were weighed, so the forgotten words would otherwise
   * stay in them. `forgetting.traces` is read inside the transaction too, before the deletion.
   *
   * A pending invitation is weighed again as a check would be (its history, the owner's focus,
   * teammates' words) and stores that. A decided one keeps the recommendation and score its owner
   * decided on, and loses only the reasons that came from what was forgotten, with a line saying
   * so (REASON_REMOVED_ON_REQUEST). A card whose same-name hint listed a forgotten check is
   * redrawn too, though nothing of it is weighed. Returns what changed, as stored now, for redrawing.
   */
  function reweighForgetting<T>(
    teamId: string,
    forgetting: { traces: () => ForgettingTraces; forget: () => T },
  ): { result: T; changed: InvitationRecord[]; marked: { at: Date; count: number } } {
    // Teammates' names as cached: the weighing runs in a transaction and must not wait on Slack.
    const names = new Map<string, string | null>();
    const focusOf = new Map<string, OwnerFocus>();
    const focus = (ownerId: string): OwnerFocus => {
      const known = focusOf.get(ownerId);
      if (known !== undefined) return known;
      const read = repos.settings.get(teamId, ownerId).focus;
      focusOf.set(ownerId, read);
      return read;
    };
    const now = clock();
    return deps.db.transaction(() => {
      const traces = forgetting.traces();
      const quotes = forgottenQuotes(traces);
      // A decided check is weighed twice: as it is weighed now (the checks before it), and as it
      // was while pending (the decisions after it too, which its stored reasons may quote).
      // And which checks its card lists ("Seen before", "Since this check"): a list capped at the
      // newest may fill the forgotten one's place with another that weighs the same, and the card,
      // weighed the same, would still name the forgotten check's owner and show their words.
      const weighedAsItStands = (invitation: InvitationRecord): { evaluation: Evaluation; whilePending: Evaluation | null; listed: string } => {
        const given = { names, focus: focus(invitation.ownerId) };
        const earlier = weighedChecks(invitation, false);
        const later = laterChecksOf(invitation);
        if (invitation.status === 'pending') {
          const checks = [...later, ...earlier];
          return { evaluation: weighHistory(invitation, checks, given), whilePending: null, listed: checkIds(checks) };
        }
        return {
          evaluation: weighHistory(invitation, earlier, given),
          whilePending: weighHistory(invitation, [...later, ...earlier], given),
          listed: checkIds([...earlier, ...shownSince(invitation, later)]),
        };
      };
      const before = new Map<number, { invitation: InvitationRecord; evaluation: Evaluation; whilePending: Evaluation | null; listed: string }>();
      for (const id of traces.invitationIds) {
        const invitation = before.has(id) ? null : repos.invitations.findById(teamId, id);
        if (invitation === null || detailsWereRemoved(invitation)) continue;
        before.set(id, { invitation, ...weighedAsItStands(invitation) });
      }
      // What each card's same-name hint lists, to compare after the forgetting.
      const hintsBefore = new Map<number, string>();
      for (const id of traces.sameNameIds) {
        const invitation = hintsBefore.has(id) ? null : repos.invitations.findById(teamId, id);
        if (invitation !== null && !detailsWereRemoved(invitation)) hintsBefore.set(id, sameNameListed(invitation));
      }
      const result = forgetting.forget();
      const changed: InvitationRecord[] = [];
      for (const [id, { invitation, evaluation: was, whilePending, listed }] of before) {
        // Forgotten itself (the owner's own later check): nothing left to weigh.
        if (repos.invitations.findById(teamId, id) === null) continue;
        const after = weighedAsItStands(invitation);
        const weighings: [Evaluation, Evaluation][] = [[was, after.evaluation]];
        if (whilePending !== null && after.whilePending !== null) weighings.push([whilePending, after.whilePending]);
        const next = invitation.status === 'pending' ? after.evaluation : withoutForgottenReasons(invitation, weighings, quotes);
        if (sameEvaluation(invitation, next)) {
          // Weighed the same, but its card listed a forgotten check: redrawn without it.
          if (after.listed !== listed) changed.push(invitation);
          continue;
        }
        repos.invitations.updateEvaluation(teamId, id, next, now);
        changed.push({ ...invitation, ...next, reasons: [...next.reasons] });
      }
      // Weighed the same, or not weighed at all, but its hint lost a forgotten check: redrawn too.
      const weighedAgain = new Set(changed.map((invitation) => invitation.id));
      for (const [id, hint] of hintsBefore) {
        const invitation = weighedAgain.has(id) ? null : repos.invitations.findById(teamId, id);
        if (invitation !== null && sameNameListed(invitation) !== hint) changed.push(invitation);
      }
      // Every changed card is marked for the catch-up job with the weighing, in its transaction: a
      // crash before they are redrawn loses none. Those redrawn at once are unmarked then.
      const count = repos.invitations.markCardsStale(teamId, changed.map((invitation) => invitation.id), now);
      return { result, changed, marked: { at: now, count } };
    }).immediate();
  }

  /**
   * Redraws the newest `atOnce` of the cards a forgetting weighed again (see redrawInTurn), on
   * `via`, and unmarks those: `reweighForgetting` marked them all, with the weighing, for the
   * catch-up job (jobs/stale-cards.ts), which redraws the rest, and any Slack would not redraw just
   * then, at Slack's pace on the sweeps' client, across restarts. After a failure for a passing
   * reason (Slack down, a rate limit) no more are tried: the rest wait for the job. Unlike a focus
   * change every one is redrawn in the end: an old card still quotes what its author asked to
   * remove. `left`: about how many stay marked. Never throws.
   */
  async function redrawForgetting(
    changed: readonly InvitationRecord[],
    atOnce: number,
    marked: { at: Date; count: number },
    via: WebClient = client,
  ): Promise<{ redrawn: number; failed: number; left: number }> {
    const first = [...changed].sort((a, b) => b.id - a.id).slice(0, Math.max(0, atOnce));
    const { redrawn, failed, tried, failedCards } = await redrawInTurn(first, 'Could not redraw a card weighed again after a forgetting', { via, stopAtPassingFailure: true });
    const failedIds = new Set(failedCards.map((invitation) => invitation.id));
    let unmarked = 0;
    for (const card of first.slice(0, tried)) {
      // Only channel cards were marked (see markCardsStale).
      if (failedIds.has(card.id) || card.channelId === null || card.messageTs === null) continue;
      repos.invitations.cardRedrawn(card.teamId, card.id, marked.at.getTime());
      unmarked += 1;
    }
    const left = Math.max(0, marked.count - unmarked);
    if (changed.length > 0) logger.info('Cards redrawn after a forgetting', { redrawn, failed, left });
    return { redrawn, failed, left };
  }

  /**
   * Redraws cards weighed again, one at a time (never a burst into Tier 3), each as it stands now:
   * decided meanwhile, it shows the decision; forgotten, it is passed over. A card Slack won't
   * redraw (deleted, the app removed from the channel, an expired response_url) is logged and the
   * rest go on, unless `stopAtPassingFailure` and Slack is down or rate-limited: then the rest are
   * not tried (`tried` counts those that were). Never throws: the new weights are stored whatever
   * happens to the cards.
   */
  async function redrawInTurn(
    cards: readonly InvitationRecord[],
    warning: string,
    options: { via: WebClient; stopAtPassingFailure: boolean } = { via: client, stopAtPassingFailure: false },
  ): Promise<{ redrawn: number; failed: number; tried: number; failedCards: InvitationRecord[] }> {
    let redrawn = 0;
    let tried = 0;
    const failedCards: InvitationRecord[] = [];
    for (const stale of cards) {
      tried += 1;
      try {
        const current = repos.invitations.findById(stale.teamId, stale.id);
        if (current === null) continue;
        const outcome = await redrawOn(options.via, current);
        if (outcome !== 'redrawn') {
          failedCards.push(current);
          if (outcome === 'passing' && options.stopAtPassingFailure) break;
          continue;
        }
        redrawn += 1;
        // Decided while this redraw was on its way: the decision's own redraw may have landed
        // first, and this one put the pending card back over it. Show the decision again.
        const after = repos.invitations.findById(stale.teamId, stale.id);
        if (after !== null && after.status !== current.status) await redrawOn(options.via, after);
      } catch (error) {
        failedCards.push(stale);
        logger.warn(warning, { invitationId: stale.id, failure: describeSlackFailure(error) });
      }
    }
    return { redrawn, failed: failedCards.length, tried, failedCards };
  }

  /**
   * Redraws the newest CARDS_REDRAWN_AFTER_REWEIGHING of the cards whose recommendation changed
   * (see redrawInTurn), and unmarks each Slack took: `reweighPending` marked every changed card,
   * with the new weights, for the catch-up job (jobs/stale-cards.ts), which redraws the rest, and
   * any Slack would not redraw just then, at Slack's pace, across restarts.
   */
  async function redrawReweighed(changed: readonly InvitationRecord[], markedAt: Date): Promise<{ redrawn: number; failed: number; left: number }> {
    const first = changed.slice(0, CARDS_REDRAWN_AFTER_REWEIGHING);
    const rest = changed.slice(CARDS_REDRAWN_AFTER_REWEIGHING);
    const { redrawn, failed, failedCards } = await redrawInTurn(first, 'Could not redraw a card weighed again');
    // One Slack would not redraw now stays the catch-up job's (it lets go of those that are gone).
    const failedIds = new Set(failedCards.map((invitation) => invitation.id));
    for (const card of first) if (!failedIds.has(card.id)) unmarkRedrawn(card, markedAt);
    const left = rest.length;
    if (changed.length > 0) logger.info('Cards redrawn after a focus change', { redrawn, failed, left });
    return { redrawn, failed, left };
  }

  /**
   * A card marked for the catch-up job at `markedAt` (with a decision, a correction or new weights)
   * was just redrawn as it stands: unmarked, so the job has nothing to do for it. A later marking
   * stands. A failure to write is only logged: the job then redraws it once more.
   */
  function unmarkRedrawn(invitation: InvitationRecord, markedAt: Date): void {
    try {
      repos.invitations.cardRedrawn(invitation.teamId, invitation.id, markedAt.getTime());
    } catch (error) {
      logger.warn('A redrawn card could not be unmarked; the catch-up job will redraw it again', {
        invitationId: invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * One card the catch-up job redraws, as it stands now: `gone` when it no longer exists or Slack
   * says it can never be changed, `failed` (with Slack's Retry-After, if any) to try again later.
   */
  async function redrawStaleCard(stale: InvitationRecord): Promise<{ outcome: 'redrawn' | 'gone' | 'failed'; retryAfterSeconds: number | null }> {
    const invitation = repos.invitations.findById(stale.teamId, stale.id);
    if (invitation === null || invitation.channelId === null || invitation.messageTs === null) return { outcome: 'gone', retryAfterSeconds: null };
    try {
      await client.chat.update({ channel: invitation.channelId, ts: invitation.messageTs, ...cardFor(invitation) });
      return { outcome: 'redrawn', retryAfterSeconds: null };
    } catch (error) {
      const code = slackErrorCode(error);
      logger.warn('Could not redraw a card weighed again', { invitationId: invitation.id, failure: describeSlackFailure(error) });
      // Slack down, the network, a rate limit: later. A refusal of this card itself (gone, or a
      // message Slack will not take) would only come back every run, ahead of the others: let go.
      const passing = code === null || SLACK_SIDE_FAILURES.has(code);
      return passing && !MESSAGE_BEYOND_REACH.has(code ?? '')
        ? { outcome: 'failed', retryAfterSeconds: rateLimitRetryAfter(error) }
        : { outcome: 'gone', retryAfterSeconds: null };
    }
  }

  /**
   * Shows the card's current state wherever it lives. Failures are logged: the change is already
   * saved. False when Slack would not redraw it, so the caller can say so to the person.
   */
  async function redrawCard(invitation: InvitationRecord): Promise<boolean> {
    return (await redrawOn(client, invitation)) === 'redrawn';
  }

  /**
   * `redrawCard` on the client given: `passing` when Slack, the network or a rate limit failed
   * (worth trying later), `refused` when Slack refused this card.
   */
  async function redrawOn(via: WebClient, invitation: InvitationRecord): Promise<'redrawn' | 'refused' | 'passing'> {
    const card = cardFor(invitation);
    try {
      if (invitation.channelId !== null && invitation.messageTs !== null) {
        await via.chat.update({ channel: invitation.channelId, ts: invitation.messageTs, ...card });
      } else if (invitation.responseUrl !== null) {
        await respondVia(invitation.responseUrl)({ replace_original: true, ...card });
      }
      return 'redrawn';
    } catch (error) {
      logger.warn('Could not redraw the card', { invitationId: invitation.id, failure: describeSlackFailure(error) });
      const code = slackErrorCode(error);
      return code === null || SLACK_SIDE_FAILURES.has(code) ? 'passing' : 'refused';
    }
  }

  /** Said to the owner when a decision is saved but the card could not be redrawn. */
  function cardNotUpdatedText(invitation: InvitationRecord): string {
    return `Saved: you ${invitation.status} *${inertText(invitation.name, 200)}*. I couldn't update the card just now, so it may still show the old buttons.`;
  }

  function cardNotUpdatedMessage(invitation: InvitationRecord): { text: string; blocks: KnownBlock[] } {
    const words = cardNotUpdatedText(invitation);
    return { text: words, blocks: [{ type: 'section', text: mrkdwn(words) }] };
  }

  /** Said to the owner when a correction is saved but the card could not be redrawn. */
  function correctionNotShownMessage(invitation: InvitationRecord): { text: string; blocks: KnownBlock[] } {
    const words = `Saved: your corrections to *${inertText(invitation.name, 200)}*. I couldn't update the card just now, so it may still show what I read before.`;
    return { text: words, blocks: [{ type: 'section', text: mrkdwn(words) }] };
  }

  /**
   * A message only the owner sees, beside the card: ephemeral in the card's channel, or in their
   * DM with the app when the card is not in a channel, or when Slack says plainly it cannot be
   * shown there (the owner left the channel, the channel is gone). Failures are logged.
   */
  async function tellOwner(invitation: InvitationRecord, message: { text: string; blocks: KnownBlock[] }): Promise<void> {
    try {
      if (invitation.channelId !== null && invitation.messageTs !== null && !isDirectMessage(invitation.channelId)) {
        try {
          // In the card's thread when it is in one: the note belongs beside the card.
          const thread = invitation.cardThreadTs ?? null;
          await client.chat.postEphemeral({ channel: invitation.channelId, user: invitation.ownerId, ...message, ...(thread === null ? {} : { thread_ts: thread }) });
          return;
        } catch (error) {
          // A timeout or a 5xx may have reached the owner after all: only a plain refusal goes on to the DM.
          if (!NOT_SHOWN_THERE.has(slackErrorCode(error) ?? '')) throw error;
          logger.info('A private note could not be shown beside the card; sending it by DM', { invitationId: invitation.id, failure: describeSlackFailure(error) });
        }
      }
      const dm = await deps.users.dmChannel(invitation.teamId, invitation.ownerId);
      await client.chat.postMessage({ channel: dm, ...message, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      logger.warn('Could not send the owner a private note', { invitationId: invitation.id, failure: describeSlackFailure(error) });
    }
  }

  /**
   * Notes what a click on a copy of a card tells. A card may have two copies: when Slack never
   * answered its post, the owner was shown one of their own while the post may have reached the
   * channel anyway; and a click on a card whose place was never stored (the disk filled as it was
   * posted) says where it is. A message clicked while no message is noted becomes the card's place
   * (one write, only then), so later changes redraw it. Failing to note it is only logged.
   */
  function noteCardClick(invitation: InvitationRecord, copy: CardCopy | null): CardClick {
    if (copy === null) return { invitation, unseenCopy: null, adopted: false, onStoredCopy: false };
    if (isStoredCopy(invitation, copy)) return { invitation, unseenCopy: null, adopted: false, onStoredCopy: true };
    if (copy.kind !== 'message') return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    const place = { channelId: copy.channelId, messageTs: copy.messageTs };
    // Slack never sends a click whose block and message disagree; should one come, the other card is left alone.
    if (repos.invitations.isOtherCard(invitation.teamId, invitation.id, place)) {
      logger.warn("A click named another invitation's card; it is left as it is", { teamId: invitation.teamId, invitationId: invitation.id });
      return { invitation, unseenCopy: null, adopted: false, onStoredCopy: false };
    }
    if (invitation.messageTs !== null) return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    try {
      const adopted = { ...place, threadTs: copy.threadTs ?? null };
      if (!repos.invitations.adoptCardMessage(invitation.teamId, invitation.id, adopted, clock())) return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    } catch (error) {
      logger.warn('A click showed where a card is, but that could not be stored either', {
        teamId: invitation.teamId,
        invitationId: invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
      return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    }
    logger.info('Found where a card is from a click on it; later changes will redraw it', { teamId: invitation.teamId, invitationId: invitation.id });
    const unansweredPostIn = invitation.unansweredPostIn === place.channelId ? null : (invitation.unansweredPostIn ?? null);
    return { invitation: { ...invitation, ...place, responseUrl: null, unansweredPostIn, cardThreadTs: copy.threadTs ?? null }, unseenCopy: copy, adopted: true, onStoredCopy: false };
  }

  /**
   * After a click on a copy of a card no change so far has redrawn, shows that copy as things
   * stand: when the card has moved on (decided, maybe from its other copy), or when the click just
   * noted the message as the card's place (it may predate a correction made on the other copy).
   * One redraw, only then; a copy where the card was already stored is left as it is (every change
   * redraws that one). Called after the click's answer. Never throws.
   */
  async function showMovedOn(click: CardClick): Promise<void> {
    if (click.unseenCopy === null) return;
    try {
      const current = repos.invitations.findById(click.invitation.teamId, click.invitation.id);
      if (current === null || (current.status === 'pending' && !click.adopted)) return;
      await redrawCopy(current, click.unseenCopy);
    } catch (error) {
      logger.warn('Could not show a clicked card as it stands', {
        teamId: click.invitation.teamId,
        invitationId: click.invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * After a click on the decision buttons of the card where it is stored, once the invitation is
   * decided: when the card is still marked for the catch-up job, the decision's redraw never
   * reached it (the process died first, or Slack failed), and it still shows the buttons. Redraws
   * it as things stand, with its Change decision button, and unmarks it: one chat.update, only
   * then. Unmarked, the decision's redraw landed: a double click changes nothing. Called after the
   * click's answer. Never throws.
   */
  async function showStoredCardBehind(click: CardClick): Promise<void> {
    if (!click.onStoredCopy) return;
    try {
      const { teamId, id } = click.invitation;
      const staleSince = repos.invitations.cardStaleSince(teamId, id);
      const current = staleSince === null ? null : repos.invitations.findById(teamId, id);
      if (staleSince === null || current === null || current.status === 'pending') return;
      if (!(await redrawCard(current))) return;
      repos.invitations.cardRedrawn(teamId, id, staleSince);
      logger.info('A decided card still showed the decision buttons; redrawn as it stands', { teamId, invitationId: id });
    } catch (error) {
      logger.warn('Could not show a clicked card as it stands', {
        teamId: click.invitation.teamId,
        invitationId: click.invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * A click refused on a card's copy (a teammate's word on a decided invitation, say): notes the
   * message as the card's place if none is, and shows it as things stand if it moved on.
   */
  async function showClickedCopy(teamId: string, invitationId: number, copy: CardCopy | null): Promise<void> {
    if (copy === null) return;
    try {
      const invitation = repos.invitations.findById(teamId, invitationId);
      if (invitation !== null) await showMovedOn(noteCardClick(invitation, copy));
    } catch (error) {
      logger.warn('Could not show a clicked card as it stands', { teamId, invitationId, failure: error instanceof Error ? error.message : String(error) });
    }
  }

  /**
   * Draws one copy of a card as the invitation stands: a message by chat.update, an ephemeral copy
   * through the click's response_url, each with the notice for where it is. Failures are logged.
   */
  async function redrawCopy(invitation: InvitationRecord, copy: CardCopy): Promise<void> {
    try {
      if (copy.kind === 'ephemeral') {
        await respondVia(copy.responseUrl)({ replace_original: true, ...cardFor(invitation, undefined, privateCopyNotice(invitation, 'ephemeral')) });
        return;
      }
      const notice = isDirectMessage(copy.channelId) ? privateCopyNotice(invitation, 'dm', copy.channelId) : null;
      await client.chat.update({ channel: copy.channelId, ts: copy.messageTs, ...cardFor(invitation, undefined, notice) });
    } catch (error) {
      logger.warn('Could not redraw the copy of a card that was clicked', { invitationId: invitation.id, failure: describeSlackFailure(error) });
    }
  }

  function rememberResponseUrl(teamId: string, invitationId: number, responseUrl: string): void {
    repos.invitations.rememberResponseUrl(teamId, invitationId, responseUrl, clock());
  }

  return {
    checkInvitation,
    recordDecision,
    changeDecision,
    findInvitation,
    invitationForOwner,
    invitationForEditor,
    editDetails,
    alreadyDecidedMessage,
    reevaluate,
    reweighPending,
    redrawReweighed,
    redrawStaleCard,
    staleCards: (limit: number) => repos.invitations.staleCards(limit),
    cardRedrawn: (teamId: string, id: number, staleSince: number) => repos.invitations.cardRedrawn(teamId, id, staleSince),
    reweighForgetting,
    redrawForgetting,
    redrawCard,
    cardNotUpdatedText,
    cardNotUpdatedMessage,
    correctionNotShownMessage,
    tellOwner,
    rememberResponseUrl,
    noteCardClick,
    showMovedOn,
    showStoredCardBehind,
    declineDraftFor,
    showClickedCopy,
    notePostsInFlightUnanswered,
    showCardsCutShort,
    followUpsSettled,
    /**
     * The checks whose card this process is still showing (see cardsBeingShown), but for late
     * cards: the last run's post of those may be in the conversation, and forgetting warns of it.
     */
    cardsBeingShown: (): number[] => [...cardsBeingShown].filter((id) => !lateCardsBeingShown.has(id)),
  };
}

/**
 * How far back a restart looks for checks whose card was never shown: a crash and its restart
 * are normally a minute apart; a check older than this waits on Home and in the review.
 */
export const CUT_SHORT_WINDOW_MS = 60 * 60_000;
/** Refusals about the conversation itself: a late card refused so was refused there the first time too. */
const CONVERSATION_REFUSED: ReadonlySet<string> = new Set<RefusedBecause>(['archived', 'not-member', 'refused']);
/** How many of the newest checks that look covers: far more than a crash can cut short. */
const CUT_SHORT_SCAN = 1_000;
/**
 * The most cards posted late after one start, the newest: a crash cuts short the posts in flight,
 * a handful. More would flood a channel at Slack's pace of one post a second; the rest wait on
 * Home and in the review.
 */
const CUT_SHORT_SHOWN_AT_MOST = 20;

/**
 * Invitations read and weighed between turns of the event loop when a focus changes: each takes
 * some tens of microseconds (reading it, its history and voices, weighing), so a chunk holds
 * other requests up for a few milliseconds.
 */
const REWEIGHED_BETWEEN_TURNS = 50;

/** What weighing reads of a stored invitation, as it is or as corrected. */
type StoredFields = InvitationFields & { id: number; teamId: string; ownerId: string; personKey: string; status: InvitationRecord['status'] };

/** Same verdict, score and reasons: the card would look the same. */
function sameEvaluation(a: Evaluation, b: Evaluation): boolean {
  return a.recommendation === b.recommendation && a.score === b.score && a.reasons.length === b.reasons.length && a.reasons.every((reason, i) => reason === b.reasons[i]);
}

/**
 * A decided invitation's weighing without what was forgotten: the recommendation and score it was
 * decided on, its reasons less those the forgotten records gave (the ones weighing now with and
 * without them tells apart, and any that quote their words or name, in case the stored reasons
 * were written from an older state), with what weighing without them says in their place.
 * `weighings`: pairs of weighings with and without them, first as it is weighed now, then as it
 * was weighed while pending (with the decisions on later checks, which it may have stored).
 */
export function withoutForgottenReasons(
  stored: Pick<InvitationRecord, 'recommendation' | 'score' | 'reasons'>,
  weighings: readonly (readonly [was: Evaluation, without: Evaluation])[],
  quotesForgotten: (reason: string) => boolean,
): Evaluation {
  const gone = new Set(weighings.flatMap(([was, without]) => was.reasons.filter((reason) => !without.reasons.includes(reason))));
  const earlier = stored.reasons.filter((reason) => reason !== REASON_REMOVED_ON_REQUEST);
  const kept = earlier.filter((reason) => !gone.has(reason) && !quotesForgotten(reason));
  if (kept.length === earlier.length) return { recommendation: stored.recommendation, score: stored.score, reasons: [...stored.reasons] };
  const inTheirPlace = [...new Set(weighings.flatMap(([was, without]) => without.reasons.filter((reason) => !was.reasons.includes(reason))))].filter(
    (reason) => !kept.includes(reason) && !gone.has(reason),
  );
  const reasons = [...kept, ...inTheirPlace.slice(0, earlier.length - kept.length), REASON_REMOVED_ON_REQUEST];
  return { recommendation: stored.recommendation, score: stored.score, reasons };
}

/** How the weighing opens a quote: a teammate's note as `: "…`, a decision's reason as `(reason: …`. */
const QUOTE_OPENINGS = [': "', '(reason: '] as const;

/**
 * Whether a reason quotes a forgotten word the way the weighing quotes them, or is a teammate's
 * word under a forgotten name. The quotes are looked up, not searched for word by word: someone
 * with thousands of decisions, re-checked by teammates thousands of times, would otherwise have
 * every quoting reason compared with every word, for seconds, inside the forgetting's transaction.
 * A quote is found wherever a reason holds it (as `includes` would): each opening in the reason is
 * tried against the forgotten quotes of each length.
 */
function forgottenQuotes(traces: ForgettingTraces): (reason: string) => boolean {
  const byLength = new Map<number, Set<string>>();
  const add = (quote: string) => {
    const same = byLength.get(quote.length) ?? new Set<string>();
    same.add(quote);
    byLength.set(quote.length, same);
  };
  for (const word of new Set(traces.words)) {
    const flat = collapseWhitespace(word);
    // A decision's reason is quoted without its closing full stop.
    const bare = flat.replace(/[.!]+$/, '');
    if (bare === '') continue;
    // A short word must be quoted whole ("ok" is not "okay, I know her"); a long one is cut short
    // by the weighing, so its opening is enough.
    if (flat.length <= QUOTED_OPENING_CHARS) {
      add(`: "${flat}"`);
      add(`(reason: ${bare})`);
    } else {
      add(`: "${flat.slice(0, QUOTED_OPENING_CHARS)}`);
      add(`(reason: ${bare.slice(0, QUOTED_OPENING_CHARS)}`);
    }
  }
  const lengths = [...byLength.entries()];
  const names = traces.names.map((name) => snippet(name, TEAMMATE_NAME_CHARS)).filter((who) => who !== '');
  return (reason) => {
    for (const opening of QUOTE_OPENINGS) {
      for (let at = reason.indexOf(opening); at !== -1; at = reason.indexOf(opening, at + 1)) {
        for (const [length, quotes] of lengths) {
          if (quotes.has(reason.slice(at, at + length))) return true;
        }
      }
    }
    return names.some((who) => reason.startsWith(`${who} knows them`) || reason.startsWith(`${who} gave a heads-up`));
  };
}

/** How much of a forgotten word a reason must quote to be taken for it: less than any cut the weighing makes. */
const QUOTED_OPENING_CHARS = 24;
/** As the weighing cuts a teammate's name in its reasons (recommend.ts). */
const TEAMMATE_NAME_CHARS = 40;

/** Said when Change decision meets an invitation whose details retention removed. */
export const DETAILS_REMOVED_NO_CHANGE =
  "This invitation's details were removed after the retention period, so its decision can no longer be changed. If they invite you again, check the new invitation.";

/** Leads a card only its owner can see, when it is redrawn (the first post says why it is so). */
// A decision made on it still counts for the team, as every decision does: the person checking
// them later is told, so the notice does not promise more privacy than there is.
/** How long a card's post may take before its owner hears that it is on its way: about when a person starts to wonder. */
const SLOW_CARD_NOTICE_MS = 3000;

/** Said beside the command when the card's post is waiting on Slack. It stays true once the card appears. */
export function slowCardText(name: string): string {
  return `:hourglass_flowing_sand: Slack is slow to take the card about *${inertText(name, 200)}* just now. The invitation is saved, and the card will appear here as soon as Slack takes it.`;
}

const OWNER_ONLY_NOTICE = ':lock: Only you can see this card. Teammates who check this person later will still see your decision.';

/**
 * The notice for a card only the owner can see (see invitationCard), from where it is: an
 * ephemeral card (no message ts, a response_url), or one in a DM (D…). Null for a card in a channel.
 */
function ownerOnlyNoticeOf(invitation: Pick<InvitationRecord, 'channelId' | 'messageTs' | 'responseUrl' | 'unansweredPostIn' | 'checkedInGroupDm'>): string | null {
  if (invitation.messageTs === null && invitation.responseUrl !== null) return privateCopyNotice(invitation, 'ephemeral');
  return invitation.channelId !== null && isDirectMessage(invitation.channelId) ? privateCopyNotice(invitation, 'dm', invitation.channelId) : null;
}

/**
 * The notice on a copy of the card only its owner sees, redrawn: while Slack never answered the
 * card's post and no click has shown the copy it may have left in the conversation, it still says
 * so ("either copy works"); otherwise that only the owner can see it. A copy in the very DM the
 * post went unanswered in (`dm`: a check made in a DM, its card posted late after a crash) is the
 * card where they checked, drawn first with the owner-only notice: it keeps that one.
 */
function privateCopyNotice(invitation: Pick<InvitationRecord, 'unansweredPostIn' | 'checkedInGroupDm'>, copy: 'ephemeral' | 'dm', dm?: string): string {
  const unansweredIn = invitation.unansweredPostIn ?? null;
  if (unansweredIn === null || (copy === 'dm' && unansweredIn === dm)) return OWNER_ONLY_NOTICE;
  const inGroupDm = invitation.checkedInGroupDm ?? false;
  return copy === 'ephemeral' ? ephemeralCardNotice('no-answer', unansweredIn, inGroupDm) : dmCardNotice('no-answer', unansweredIn, inGroupDm);
}

/**
 * Leads the card shown only to its owner, beside the command, when it could not be posted where they
 * checked it. A group DM (`inGroupDm`), like a DM, cannot take the app with /invite.
 */
export function ephemeralCardNotice(because: RefusedBecause, channelId: string, inGroupDm = false): string {
  switch (because) {
    case 'archived':
      return ':wave: This channel is archived, so nobody can post in it and only you can see this card. To share cards with your team, check invitations in a channel that is still active.';
    case 'no-answer':
      return "Slack didn't answer in time when I posted this card, so here it is, visible only to you. It may also appear in this conversation for everyone: either copy works. The invitation is saved.";
    case 'other':
      return "Slack wouldn't let me post this card in the channel just now, so here it is, visible only to you. The invitation is saved.";
    case 'refused':
      return "Slack won't let me post this card in this conversation, so here it is, visible only to you. The invitation is saved.";
    case 'not-member':
      if (inGroupDm) {
        return ":wave: I can't post in this group DM, so only you can see this card. I can post cards in channels I'm in and in your DM with me: to share them with your team, check invitations in a channel I'm in.";
      }
      return isDirectMessage(channelId)
        ? ":wave: I can't post in this direct message, so only you can see this card. To share cards with your team, check invitations in a channel I'm in."
        : ":wave: I'm not a member of this conversation, so only you can see this card. To share cards with your team here, add me with `/invite @invite-check`.";
  }
}

/** Leads the card in the owner's DM with the app, when it could be shown neither where they checked it nor beside the command. */
export function dmCardNotice(because: RefusedBecause, channelId: string | null, inGroupDm = false): string {
  const channel = channelId !== null && !isDirectMessage(channelId) && !inGroupDm;
  const there = inGroupDm ? 'in the group DM where you checked it' : channel ? `in <#${channelId}>` : 'where you checked it';
  switch (because) {
    case 'no-answer':
      return `Slack didn't answer in time when I posted this card ${there}, so here it is. It may also appear there: either copy works.`;
    case 'archived':
      if (channel) {
        return `I couldn't post this card ${there}, which is archived, so here it is. To share cards with your team, check invitations in a channel that is still active.`;
      }
      return `I couldn't post this card ${there}, so here it is.`;
    case 'not-member':
      if (inGroupDm) return `I couldn't post this card ${there}, so here it is. To share cards with your team, check invitations in a channel I'm in.`;
      return channel
        ? `I couldn't post this card ${there}, so here it is. Add me to that channel with \`/invite @invite-check\` to share cards there.`
        : `I couldn't post this card ${there}, so here it is.`;
    case 'other':
      return `I couldn't post this card ${there}, so here it is.`;
    case 'refused':
      return `Slack won't let me post this card ${there}, so here it is.`;
  }
}

/** Which notice fits Slack's refusal of a card (an archived channel cannot take the app either), or its silence. */
function refusedBecause(error: unknown): RefusedBecause {
  if (slackDidNotAnswer(error)) return 'no-answer';
  const code = slackErrorCode(error) ?? '';
  if (code === ARCHIVED) return 'archived';
  if (NOT_A_MEMBER.has(code)) return 'not-member';
  // As a redraw's failures are told apart: no platform error (a rate limit, an HTTP error), a rate
  // limit answered as such, or Slack's own failing may pass; any other answer is about this card or
  // this conversation.
  return code === '' || SLACK_SIDE_FAILURES.has(code) || RATE_LIMIT_ANSWERS.has(code) ? 'other' : 'refused';
}

/**
 * Whether a copy of a card is the one stored, which every change redraws: the message noted, or
 * with no message noted, the ephemeral card (its newest response_url).
 */
function isStoredCopy(invitation: Pick<InvitationRecord, 'channelId' | 'messageTs'>, copy: CardCopy): boolean {
  if (copy.kind === 'ephemeral') return invitation.messageTs === null;
  return invitation.channelId === copy.channelId && invitation.messageTs === copy.messageTs;
}

/** A direct message (D…): nobody can add the app there with /invite. */
function isDirectMessage(channelId: string): boolean {
  return channelId.startsWith('D');
}

/** What a teammate can do instead: the card has I know them and Heads-up only while it is pending. */
function teammateHint(invitation: InvitationRecord): string {
  return invitation.status === 'pending' ? ' If you know something about them, use *I know them* or *Heads-up* on the card.' : '';
}

function toPriorCheck(check: EarlierCheck, ownerId: string): PriorCheck {
  return {
    status: check.status,
    at: check.decidedAt ?? check.createdAt,
    byOwner: check.ownerId === ownerId,
    // Only the Ignore form's quick choice, never words someone typed (a Block's reason, a Change
    // decision's "why", the Ignore's note): the weighing's reasons are stored with this check, and
    // typed words must go when retention or a forgetting removes them from the earlier one. The
    // card shows them from the records as it is drawn ("Blocked before", "Seen before").
    reason: check.decisionReason !== null && isIgnoreReasonLabel(check.decisionReason) ? check.decisionReason : null,
  };
}

/** The ids of the checks a card's history lists, as one string to compare. */
function checkIds(checks: readonly EarlierCheck[]): string {
  return checks.map((check) => check.id).join(',');
}

/** The ids of the checks a same-name hint lists, as one string to compare. */
function listedIds(checks: readonly SameNameCheck[]): string {
  return checks.map((check) => check.id).join(',');
}

/** As toHistoryEntry, with who was checked: the owner's own words only on their own checks. */
function toSameNameEntry(check: SameNameCheck, ownerId: string): CardSameNameEntry {
  return { ...toHistoryEntry(check, ownerId), name: check.name, headline: check.headline, company: check.company };
}

/**
 * An earlier check as the card's "Seen before" lists it. The Ignore form promises that later
 * checks show the note only to its writer's own checks: a teammate's check may be in a channel
 * the note was never meant for.
 */
function toHistoryEntry(check: EarlierCheck, ownerId: string): CardHistoryEntry {
  return {
    ownerId: check.ownerId,
    status: check.status,
    at: check.decidedAt ?? check.createdAt,
    reason: check.decisionReason,
    note: check.ownerId === ownerId ? check.decisionNote : null,
  };
}

function toCardVoice(voice: VoiceRecord): CardVoice {
  return { userId: voice.userId, kind: voice.kind, note: voice.note, at: voice.updatedAt };
}
