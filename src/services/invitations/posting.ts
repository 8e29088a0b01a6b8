/**
 * Putting a fresh card where it was checked, else beside the command, else in the owner's DM,
 * and noting where it went (or that Slack never answered), so later changes redraw it.
 */
import type { InvitationRecord, InvitationsRepo } from '../../db/invitations-repo.js';
import { shownOnCard } from '../../db/invitations-repo.js';
import { mrkdwn } from '../../views/format.js';
import { postBlocks, type PostedMessage } from '../post-message.js';
import { respondVia } from '../respond.js';
import { describeSlackFailure } from '../slack-errors.js';
import type { Cards } from './cards.js';
import type { InvitationServiceDeps, InvitationServiceState } from './context.js';
import { listedIds, type CardHistory, type HistoryReader } from './history.js';
import { dmCardNotice, ephemeralCardNotice, isDirectMessage, OWNER_ONLY_NOTICE, refusedBecause, slowCardText, type RefusedBecause } from './notices.js';
import type { CheckOutcome } from './types.js';

/** Where a card is: a message in a channel (ts), or an ephemeral card redrawn through its response_url. */
type CardLocation = Parameters<InvitationsRepo['setCardLocation']>[2];

/** How long a card's post may take before its owner hears that it is on its way: about when a person starts to wonder. */
const SLOW_CARD_NOTICE_MS = 3000;

export function createPosting(deps: InvitationServiceDeps, state: InvitationServiceState, historyReader: HistoryReader, cards: Cards) {
  const { repos, writes, client, logger, clock } = deps;
  const { sameNameListed } = historyReader;
  const { cardFor, redrawCard } = cards;
  const slowCardNoticeMs = deps.slowCardNoticeMs ?? SLOW_CARD_NOTICE_MS;

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
    state.postsInFlight.set(record.id, { teamId: record.teamId, channelId });
    try {
      posted = await postBlocks(client, { channel: channelId, threadTs, ...card });
    } catch (error) {
      await slow?.settle();
      return { outcome: await showCardElsewhere(record, history, responseUrl, error, inGroupDm), refusedBecause: refusedBecause(error) };
    } finally {
      state.postsInFlight.delete(record.id);
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
    for (const [id, post] of state.postsInFlight) {
      try {
        repos.invitations.noteUnansweredPost(post.teamId, id, post.channelId, clock());
        noted += 1;
      } catch (error) {
        logger.error('Could not note a card post cut short by the shutdown', { invitationId: id, failure: error instanceof Error ? error.message : String(error) });
      }
    }
    state.postsInFlight.clear();
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

  return { postCard, notePostsInFlightUnanswered, rememberUnansweredPost };
}

export type Posting = ReturnType<typeof createPosting>;
