import type { KnownBlock } from '@slack/types';
import { EARLIER_CHECKS_LISTED, type InvitationRecord } from '../db/invitations-repo.js';
import { personKey } from '../domain/person-key.js';
import { evaluateInvitation } from '../domain/recommend.js';
import { safeTimeZone, thankYouDueAt } from '../domain/schedule.js';
import type { Decision, InvitationFields, PriorCheck } from '../domain/types.js';
import { AppError } from '../errors.js';
import { mention, mrkdwn, slackDate } from '../views/format.js';
import { invitationCard, type CardHistoryEntry } from '../views/invitation-card.js';
import type { ServiceDeps } from './deps.js';
import { respondVia } from './respond.js';
import { describeSlackFailure, slackErrorCode } from './slack-errors.js';

/** Slack's answers that mean "the app is not in this conversation". */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

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
}

export type DecisionOutcome =
  | { kind: 'decided'; invitation: InvitationRecord; nudgeDueAt: Date | null }
  | { kind: 'unchanged'; invitation: InvitationRecord };

export type InvitationService = ReturnType<typeof createInvitationService>;

export function createInvitationService(deps: ServiceDeps) {
  const { repos, client, logger, clock } = deps;

  /** Stores a check, weighs it against what the workspace knows, and shows the card. */
  async function checkInvitation(request: CheckRequest): Promise<CheckOutcome> {
    const now = clock();
    const { fields } = request;
    const key = personKey(fields.name, fields.headline);
    const person = { teamId: request.teamId, profileUrl: fields.profileUrl, personKey: key };
    const earlier = repos.invitations.findEarlierChecks(person);
    const evaluation = evaluateInvitation(fields, { history: earlier.map((check) => toPriorCheck(check, request.ownerId)) });
    const { record, created } = repos.invitations.insert({
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
      createdAt: now,
    });
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
    const card = invitationCard(record, earlier.map(toHistoryEntry), earlierTotal(earlier.length, person));
    return postCard(record, card, request.responseUrl);
  }

  async function postCard(
    record: InvitationRecord,
    card: { text: string; blocks: KnownBlock[] },
    responseUrl: string | null,
  ): Promise<CheckOutcome> {
    const channelId = record.channelId ?? record.ownerId;
    try {
      const posted = await client.chat.postMessage({ channel: channelId, ...card, unfurl_links: false, unfurl_media: false });
      repos.invitations.setCardLocation(record.teamId, record.id, { channelId: posted.channel ?? channelId, messageTs: posted.ts ?? null, responseUrl: null }, clock());
      return { kind: 'posted', invitation: record };
    } catch (error) {
      const failure = describeSlackFailure(error);
      const notMember = NOT_A_MEMBER.has(slackErrorCode(error) ?? '');
      logger.warn('Could not post the card in the channel', { teamId: record.teamId, invitationId: record.id, failure });
      const notice = notMember
        ? ":wave: I'm not a member of this conversation, so only you can see this card. To share cards with your team here, add me with `/invite @invite-check`."
        : "Slack wouldn't let me post this card in the channel just now, so here it is, visible only to you. The invitation is saved.";
      const blocks: KnownBlock[] = [{ type: 'context', elements: [mrkdwn(notice)] }, ...card.blocks];
      if (responseUrl !== null) {
        try {
          await respondVia(responseUrl)({ response_type: 'ephemeral', text: card.text, blocks });
          repos.invitations.setCardLocation(record.teamId, record.id, { channelId, messageTs: null, responseUrl }, clock());
          return { kind: 'ephemeral', invitation: record };
        } catch (respondError) {
          logger.warn('Could not show the ephemeral card either', { invitationId: record.id, failure: describeSlackFailure(respondError) });
        }
      }
      return postCardInDm(record, card);
    }
  }

  /** Last resort: the card in the owner's DM with the app, where it can still be updated. */
  async function postCardInDm(record: InvitationRecord, card: { text: string; blocks: KnownBlock[] }): Promise<CheckOutcome> {
    try {
      const dm = await deps.users.dmChannel(record.teamId, record.ownerId);
      const notice = `I couldn't post this card in <#${record.channelId ?? ''}>, so here it is. Add me to that channel with \`/invite @invite-check\` to share cards there.`;
      const posted = await client.chat.postMessage({
        channel: dm,
        text: card.text,
        blocks: [{ type: 'context', elements: [mrkdwn(notice)] }, ...card.blocks],
        unfurl_links: false,
        unfurl_media: false,
      });
      repos.invitations.setCardLocation(record.teamId, record.id, { channelId: posted.channel ?? dm, messageTs: posted.ts ?? null, responseUrl: null }, clock());
      return { kind: 'dm', invitation: record };
    } catch (error) {
      logger.error('The card could not be shown anywhere; the invitation is stored', {
        teamId: record.teamId,
        invitationId: record.id,
        failure: describeSlackFailure(error),
      });
      return { kind: 'unposted', invitation: record };
    }
  }

  /** Loads an invitation the actor may decide on, or explains why not. */
  function invitationForOwner(teamId: string, invitationId: number, actorId: string): InvitationRecord {
    const invitation = repos.invitations.findById(teamId, invitationId);
    if (invitation === null) {
      throw new AppError('not_found', "I couldn't find that invitation. It may have been removed.", `invitation ${invitationId} not in team ${teamId}`);
    }
    if (invitation.ownerId !== actorId) {
      throw new AppError(
        'not_owner',
        `Only ${mention(invitation.ownerId)} can decide on this invitation. If you know something about them, tell ${mention(invitation.ownerId)} in a thread.`,
        `user ${actorId} tried to decide on invitation ${invitationId}`,
      );
    }
    return invitation;
  }

  /** Explains why a decision cannot be made again; null for a repeat of the same decision. */
  function alreadyDecidedMessage(invitation: InvitationRecord, attempted: Decision): string | null {
    if (invitation.status === 'pending' || invitation.status === attempted) return null;
    const when = invitation.decidedAt ? ` on ${slackDate(invitation.decidedAt)}` : '';
    return `You already ${invitation.status} this invitation${when}, so I left it as it is.`;
  }

  /** Records the owner's decision once, schedules the thank-you after an Accept, and redraws the card. */
  async function recordDecision(request: DecisionRequest): Promise<DecisionOutcome> {
    const invitation = invitationForOwner(request.teamId, request.invitationId, request.actorId);
    if (request.responseUrl !== null) {
      repos.invitations.rememberResponseUrl(request.teamId, invitation.id, request.responseUrl, clock());
    }
    if (invitation.status !== 'pending') return { kind: 'unchanged', invitation };

    // Ask Slack for the owner's time zone before the write, so the transaction stays short.
    const nudgeDueAt = request.decision === 'accepted' ? await thankYouDueFor(invitation) : null;
    const at = clock();
    const decided = deps.db.transaction(() => {
      const changed = repos.invitations.decide({
        teamId: request.teamId,
        id: invitation.id,
        actorId: request.actorId,
        decision: request.decision,
        reason: request.reason,
        note: request.note,
        at,
      });
      if (!changed) return false;
      repos.decisions.append({ ...request, at });
      if (nudgeDueAt !== null) {
        repos.nudges.schedule({ invitationId: invitation.id, teamId: request.teamId, ownerId: invitation.ownerId, dueAt: nudgeDueAt, now: at });
      }
      return true;
    })();
    const current = repos.invitations.findById(request.teamId, invitation.id) ?? invitation;
    if (!decided) return { kind: 'unchanged', invitation: current };
    logger.info('Decision recorded', { teamId: request.teamId, invitationId: invitation.id, decision: request.decision });
    await redrawCard(current);
    return { kind: 'decided', invitation: current, nudgeDueAt };
  }

  async function thankYouDueFor(invitation: InvitationRecord): Promise<Date> {
    const profile = await deps.users.profile(invitation.teamId, invitation.ownerId, clock());
    const { workingWindow, thankYouDelayMinutes } = deps.settings;
    return thankYouDueAt(clock(), safeTimeZone(profile.tz), workingWindow, thankYouDelayMinutes);
  }

  /** Shows the card's current state wherever it lives. Failures are logged: the decision is already saved. */
  async function redrawCard(invitation: InvitationRecord): Promise<void> {
    const person = { teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, beforeId: invitation.id };
    const earlier = repos.invitations.findEarlierChecks(person);
    const card = invitationCard(invitation, earlier.map(toHistoryEntry), earlierTotal(earlier.length, person));
    try {
      if (invitation.channelId !== null && invitation.messageTs !== null) {
        await client.chat.update({ channel: invitation.channelId, ts: invitation.messageTs, ...card });
      } else if (invitation.responseUrl !== null) {
        await respondVia(invitation.responseUrl)({ replace_original: true, ...card });
      }
    } catch (error) {
      logger.warn('Could not redraw the card', { invitationId: invitation.id, failure: describeSlackFailure(error) });
    }
  }

  /** Counting is only needed when the list was cut at its limit. */
  function earlierTotal(found: number, person: Parameters<typeof repos.invitations.countEarlierChecks>[0]): number {
    return found < EARLIER_CHECKS_LISTED ? found : repos.invitations.countEarlierChecks(person);
  }

  function rememberResponseUrl(teamId: string, invitationId: number, responseUrl: string): void {
    repos.invitations.rememberResponseUrl(teamId, invitationId, responseUrl, clock());
  }

  return { checkInvitation, recordDecision, invitationForOwner, alreadyDecidedMessage, redrawCard, rememberResponseUrl };
}

function toPriorCheck(check: InvitationRecord, ownerId: string): PriorCheck {
  return {
    status: check.status,
    at: check.decidedAt ?? check.createdAt,
    byOwner: check.ownerId === ownerId,
    reason: check.decisionReason,
  };
}

function toHistoryEntry(check: InvitationRecord): CardHistoryEntry {
  return { ownerId: check.ownerId, status: check.status, at: check.decidedAt ?? check.createdAt, reason: check.decisionReason };
}
