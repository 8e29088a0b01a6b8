import type { AllMiddlewareArgs, BlockAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Decision } from '../../domain/types.js';
import type { ReviewDm } from '../../services/insights.js';
import type { CardClick, CardCopy, DecisionOutcome } from '../../services/invitations/index.js';
import { recordIdSchema, replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * The workspace and record id a button click is about, read from Slack's payload. A value that is
 * not one of our ids gets a polite ephemeral answer and null.
 */
export async function buttonTarget({ body, action, respond, logger }: ButtonArgs): Promise<{ teamId: string; id: number } | null> {
  const id = recordIdSchema.safeParse(action.value);
  const teamId = teamIdOf(body);
  if (id.success && teamId !== null) return { teamId, id: id.data };
  // Says what to do: "run the check again" left people guessing which check, and how.
  await replyEphemeral(respond, 'That button no longer works. Run `/invite-check` again for a fresh card, or open my Home tab.', logger);
  return null;
}

/**
 * A click on the Home tab (or in a modal) comes without a response_url, so Bolt gives no working
 * `respond`. Replies then go to the person's DM with the app, so a refusal or a failure is never
 * silent. There is no message to replace there: a reply that would replace one is skipped.
 */
export function withReplyPath(args: ButtonArgs): ButtonArgs {
  if (typeof args.body.response_url === 'string' && args.body.response_url !== '') return args;
  const { client, body } = args;
  const respond: RespondFn = async (message) => {
    const reply = typeof message === 'string' ? { text: message } : message;
    if ('replace_original' in reply && reply.replace_original === true) return new Response(null, { status: 204 });
    const blocks = 'blocks' in reply ? reply.blocks : undefined;
    await client.chat.postMessage({
      channel: body.user.id,
      text: reply.text ?? '',
      ...(blocks ? { blocks } : {}),
      unfurl_links: false,
      unfurl_media: false,
    });
    return new Response(null, { status: 200 });
  };
  return { ...args, respond };
}

/** Buttons on the card itself sit in these blocks; the same buttons also appear in reviews and on Home. */
const CARD_BLOCKS = /^(decide|change):/;

/**
 * A click on an ephemeral card carries the only way to redraw it: its response_url. Clicks from a
 * review or the Home tab do not: redrawing "the card" there would replace the review.
 */
export function ephemeralResponseUrl({ body, action }: Pick<ButtonArgs, 'body' | 'action'>): string | null {
  const onCard = CARD_BLOCKS.test(action.block_id);
  return onCard && body.container.is_ephemeral === true && typeof body.response_url === 'string' ? body.response_url : null;
}

/** True when the click came from a review message (a DM, or `/invite-check review`), not the card. */
export function clickedInReview({ body, action }: Pick<ButtonArgs, 'body' | 'action'>): boolean {
  return action.block_id.startsWith('review:') && body.container.type === 'message';
}

/** Whether the click came from the Home tab (its waiting list). */
export function clickedOnHome({ body }: Pick<ButtonArgs, 'body'>): boolean {
  return body.container.type === 'view' && body.view?.type === 'home';
}

/**
 * A click on the Home tab that found its invitation decided already: the tab was behind (its
 * redraw after the decision failed, a rate limit say) and still offered it. Drawn again as things
 * stand, so the click is answered where it was made. Never throws (publishHome).
 */
export async function redrawHomeBehind(services: AppServices, args: ButtonArgs, teamId: string): Promise<void> {
  if (clickedOnHome(args)) await services.insights.publishHome(teamId, args.body.user.id);
}

/** Whether the click came from an entry of the ignored list (views/ignored-list.ts). */
export function clickedInIgnoredList({ body, action }: Pick<ButtonArgs, 'body' | 'action'>): boolean {
  return action.block_id.startsWith('ignored:') && body.container.type === 'message';
}

/** The blocks of a card's own buttons, with the invitation id they are about. */
const CARD_BUTTON_BLOCK = /^(?:decide|change|voice):(\d+)$/;

/**
 * The copy of that invitation's card a click came from: a message in a channel or DM (channel and
 * ts), or an ephemeral card (its response_url); null for a review, the Home tab or the ignored list.
 */
export function clickedCopy({ body, action }: Pick<ButtonArgs, 'body' | 'action'>, invitationId: number): CardCopy | null {
  const onCard = CARD_BUTTON_BLOCK.exec(action.block_id)?.[1] === String(invitationId);
  if (!onCard || body.container.type !== 'message') return null;
  if (body.container.is_ephemeral === true) {
    return typeof body.response_url === 'string' && body.response_url !== '' ? { kind: 'ephemeral', responseUrl: body.response_url } : null;
  }
  const { channelId, messageTs } = messageLocation(body);
  if (channelId === null || messageTs === null) return null;
  // A card in a thread: Slack names the thread's parent, where the owner's notes about it belong.
  const thread = typeof body.container.thread_ts === 'string' ? body.container.thread_ts : body.message?.thread_ts;
  // (A message with replies names itself as its thread: it is in none.)
  return { kind: 'message', channelId, messageTs, threadTs: typeof thread === 'string' && thread !== messageTs ? thread : null };
}

/** The review message a click came from, to note whom it names once redrawn; null if not known. */
export function reviewDmOf(body: BlockAction): ReviewDm | null {
  const { channelId, messageTs } = messageLocation(body);
  return channelId === null || messageTs === null ? null : { channelId, ts: messageTs };
}

/** The message a button sat in (channel and ts), to redraw it. */
export function messageLocation(body: BlockAction): { channelId: string | null; messageTs: string | null } {
  const container = body.container;
  const channelId = typeof container.channel_id === 'string' ? container.channel_id : (body.channel?.id ?? null);
  const messageTs = typeof container.message_ts === 'string' ? container.message_ts : (body.message?.ts ?? null);
  return { channelId, messageTs };
}

/**
 * The click on a card button, when the clicker owns its invitation; otherwise the clicker is told
 * why and null is returned. A click on an ephemeral card also leaves its response_url behind, so
 * the decision made later in a modal can redraw that card; a click on a card whose location was
 * never stored tells where it is. To `edit`, its details must still be there too.
 */
export async function ownedCardClick(services: AppServices, args: ButtonArgs, purpose: 'decide' | 'edit' = 'decide'): Promise<CardClick | null> {
  const target = await buttonTarget(args);
  if (target === null) return null;
  try {
    const load = purpose === 'edit' ? services.invitations.invitationForEditor : services.invitations.invitationForOwner;
    const click = services.invitations.noteCardClick(load(target.teamId, target.id, args.body.user.id), clickedCopy(args, target.id));
    const responseUrl = ephemeralResponseUrl(args);
    if (responseUrl !== null) services.invitations.rememberResponseUrl(target.teamId, click.invitation.id, responseUrl);
    return click;
  } catch (error) {
    await replyWithError(args.respond, error, args.logger);
    return null;
  }
}

/**
 * The click on the clicker's own invitation while it still waits for a decision. Once decided,
 * says so as a click on `decision` would be answered, shows the copy clicked as things stand, and
 * gives null. The caller shows the copy (showMovedOn) after its own answer.
 */
export async function pendingOwnedCardClick(services: AppServices, args: ButtonArgs, decision: Decision): Promise<CardClick | null> {
  const click = await ownedCardClick(services, args, 'decide');
  if (click === null || click.invitation.status === 'pending') return click;
  const message = services.invitations.alreadyDecidedMessage(click.invitation, decision);
  if (message !== null) await replyEphemeral(args.respond, message, args.logger);
  await services.invitations.showMovedOn(click);
  await services.invitations.showStoredCardBehind(click);
  await redrawHomeBehind(services, args, click.invitation.teamId);
  return null;
}

/** Records the decision a button stands for, made by whoever clicked it, with no reason or note. */
export function recordClickedDecision(
  services: AppServices,
  args: ButtonArgs,
  target: { teamId: string; id: number },
  decision: Decision,
): Promise<DecisionOutcome> {
  return services.invitations.recordDecision({
    teamId: target.teamId,
    invitationId: target.id,
    actorId: args.body.user.id,
    decision,
    reason: null,
    note: null,
    responseUrl: ephemeralResponseUrl(args),
    copy: clickedCopy(args, target.id),
  });
}
