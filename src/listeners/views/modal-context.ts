import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import type { InvitationStatus } from '../../domain/types.js';
import { AppError, isAppError } from '../../errors.js';
import { postBlocks } from '../../services/post-message.js';
import { describeSlackFailure } from '../../services/slack-errors.js';
import { STATUS_LABEL } from '../../views/blocks.js';
import { nothingToSaveMessage, nothingToSaveModal, type FormGone } from '../../views/nothing-to-save.js';
import type { UnsavedInput } from '../../views/unsaved-input.js';
import { ackOnceSaved, type AckOnceSaved } from '../ack-once-saved.js';
import { recordIdSchema, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { tellInputNotSaved } from '../unsaved-input.js';

export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
/** What a modal's ack may carry: errors beside its fields, an update, a close. */
export type ViewAck = NonNullable<Parameters<ViewArgs['ack']>[0]>;
export type StateValues = ViewSubmitAction['view']['state']['values'];

export function parseJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const invitationContext = z.object({ invitationId: recordIdSchema });

/** The invitation id a modal was opened for; null when private_metadata is not ours. */
export function invitationIdOf(view: ViewSubmitAction['view']): number | null {
  const parsed = invitationContext.safeParse(parseJson(view.private_metadata));
  return parsed.success ? parsed.data.invitationId : null;
}

/**
 * A response_url a modal carries in its private_metadata under `key` (the message or command it was
 * opened from), when it points at Slack; else null.
 */
export function responseUrlIn(view: ViewSubmitAction['view'], key: string, origins: ReadonlySet<string>): string | null {
  const parsed = z.object({ [key]: z.string().max(500) }).safeParse(parseJson(view.private_metadata));
  const url = parsed.success ? parsed.data[key] : undefined;
  return url === undefined ? null : trustedResponseUrl(url, origins);
}

/** A response_url that came back to us in private_metadata is used only if it points at Slack. */
export function trustedResponseUrl(url: string | null, origins: ReadonlySet<string>): string | null {
  if (url === null) return null;
  try {
    return origins.has(new URL(url).origin) ? url : null;
  } catch {
    return null;
  }
}

/** Reads one input's state. */
export function inputValue(values: StateValues, ids: { block: string; action: string }) {
  return values[ids.block]?.[ids.action];
}

/** A refusal shown in the modal itself, where the person is looking: plain text, no mentions. */
export function refusalText(error: unknown, purpose: 'decide' | 'edit' = 'decide'): string {
  if (isAppError(error)) {
    if (error.code === 'not_owner') return `Only the person who checked this invitation can ${purpose === 'edit' ? 'edit its details' : 'decide on it'}.`;
    if (error.code === 'already_decided') {
      // Only the teammates' form gets here (voiceTarget): name its two choices, and what is left to do.
      return 'This invitation has already been decided, so it no longer takes "I know them" or "Heads-up". If its owner should hear something, reply in a thread on the card.';
    }
    if (error.code === 'own_invitation') return 'This is your own invitation: teammates use this form, you decide on the card.';
    return error.userMessage.replace(/[*_`]/g, '');
  }
  return 'Something went wrong; nothing was changed. Please try again.';
}

export const OUT_OF_DATE = 'This form is out of date. Close it and try again from the card.';

/**
 * Whether the check a form is about was forgotten, or (said to its owner only) its details removed
 * by retention, since the form opened: a forgetting leaves no row, retention a nameless one. Null
 * while it is there, and when that cannot be told (the form's own checks then answer as before).
 * A forgetting leaves no trace to tell a forgotten id from one that never was in this workspace
 * (a made-up or foreign id): those get the same answer, which says and stores nothing of anyone.
 */
function formGone(services: Pick<AppServices, 'invitations'>, { body, view }: Pick<ViewArgs, 'body' | 'view'>): FormGone | null {
  const invitationId = invitationIdOf(view);
  const teamId = teamIdOf(body);
  if (invitationId === null || teamId === null) return null;
  try {
    const invitation = services.invitations.findInvitation(teamId, invitationId);
    // Anyone else is refused as before: whose check it is comes first.
    return detailsWereRemoved(invitation) && invitation.ownerId === body.user.id ? 'detailsRemoved' : null;
  } catch (error) {
    return isAppError(error) && error.code === 'not_found' ? 'forgotten' : null;
  }
}

/**
 * A form about a check that is gone can never be saved: it becomes a small view saying so, with
 * only a Close button (see nothingToSaveModal), before anything typed in it is read or checked.
 * True when it answered so; nothing is stored.
 */
export async function answeredFormGone(services: Pick<AppServices, 'invitations'>, args: ViewArgs): Promise<boolean> {
  const gone = formGone(services, args);
  if (gone === null) return false;
  await args.ack({ response_action: 'update', view: nothingToSaveModal(gone) });
  args.logger.info('A form about a check that is gone was submitted; nothing was saved', { gone });
  return true;
}

/**
 * Ignore… and Block… decide a pending invitation. Decided meanwhile (from the Home tab, the
 * review, another device), the modal says so and stays open rather than closing on nothing; when
 * something was typed into it, the modal closes and what was typed comes back to the person, with
 * the way to change the decision, so closing the form loses nothing.
 */
export async function stillPending(
  args: ViewArgs,
  target: { status: InvitationStatus; decisionReason: string | null; decisionNote: string | null },
  errorBlock: string,
  typed: {
    what: string;
    decision: { verb: string; status: InvitationStatus };
    entered: readonly { label: string; value: string | null }[];
    /** The reason and note as this form stores them. */
    stored: { reason: string | null; note: string | null };
  },
): Promise<boolean> {
  if (target.status === 'pending') return true;
  if (target.status === typed.decision.status && target.decisionReason === typed.stored.reason && target.decisionNote === typed.stored.note) {
    // This very form, delivered again (a retrying proxy, a restart) after its first delivery was
    // recorded: it is saved as submitted, so there is nothing to say, let alone "not saved".
    await args.ack();
    args.logger.info('Repeated delivery of a decision form already recorded as submitted', { status: target.status });
    return false;
  }
  if (typed.entered.some((entry) => entry.value !== null && entry.value.trim() !== '')) {
    await args.ack();
    // Already so (ignored, say, from the Home tab): there is nothing to change, only the words to keep.
    const same = target.status === typed.decision.status;
    const why = same
      ? `This invitation is already ${STATUS_LABEL[target.status]}, decided from another place, so what you entered was not added to it.`
      : `You had already decided on this invitation from another place: it is ${STATUS_LABEL[target.status]}.`;
    const nextStep = same
      ? 'What you entered is above, to copy.'
      : `To ${typed.decision.verb} it after all, use *Change decision* on the card; what you entered is above, to copy.`;
    await tellSubmitterNotSaved(args, new AppError('already_decided', why), `Recording ${typed.what}`, { what: typed.what, entered: typed.entered, nextStep });
    return false;
  }
  const sentence = `You have already decided on this invitation (${target.status}), so this form no longer applies. Close it; Change decision on the card can still change it.`;
  await args.ack({ response_action: 'errors', errors: { [errorBlock]: sentence } });
  return false;
}

/**
 * The invitation a decision modal is about, when the submitter owns it. Otherwise the modal stays
 * open with the reason beside `errorBlock` (plain text, where the person is looking) and null is
 * returned. Checked before the modal closes, so a refusal is never silent.
 */
export async function ownerModalTarget(
  services: AppServices,
  { ack, body, view }: ViewArgs,
  errorBlock: string,
  purpose: 'decide' | 'edit' = 'decide',
): Promise<{ teamId: string; invitationId: number; status: InvitationStatus; decisionReason: string | null; decisionNote: string | null } | null> {
  const invitationId = invitationIdOf(view);
  const teamId = teamIdOf(body);
  if (invitationId === null || teamId === null) {
    await ack({ response_action: 'errors', errors: { [errorBlock]: OUT_OF_DATE } });
    return null;
  }
  try {
    const invitation =
      purpose === 'edit'
        ? services.invitations.invitationForEditor(teamId, invitationId, body.user.id)
        : services.invitations.invitationForOwner(teamId, invitationId, body.user.id);
    return { teamId, invitationId, status: invitation.status, decisionReason: invitation.decisionReason, decisionNote: invitation.decisionNote };
  } catch (error) {
    await ack({ response_action: 'errors', errors: { [errorBlock]: refusalText(error, purpose) } });
    return null;
  }
}

/**
 * The modal closed, then its work failed: the submitter gets what they typed back in their DM
 * (a modal opened from a card or the Home tab has no response_url to answer through).
 */
export function tellSubmitterNotSaved(
  { client, logger, body }: ViewArgs,
  error: unknown,
  failed: string,
  message: Omit<UnsavedInput, 'why'>,
  /** Where the form was opened from, when that is known and trusted: the person is told there. */
  responseUrl: string | null = null,
): Promise<void> {
  return tellInputNotSaved({ client, logger, userId: body.user.id, responseUrl, error, failed, message });
}

/** A modal's ack held back until what was typed is stored (see ack-once-saved.ts). */
export function ackModalOnceSaved(args: ViewArgs, services: Pick<AppServices, 'ackWaitMs'>): AckOnceSaved<ViewAck> {
  return ackOnceSaved<ViewAck>((response) => (response === undefined ? args.ack() : args.ack(response)), { waitMs: services.ackWaitMs, logger: args.logger });
}

export const NOT_SAVED_KEPT_OPEN = "I couldn't save this just now, so nothing changed. Everything you typed is still here: please try again in a moment.";

/**
 * The work failed before the modal was acked: it stays open, everything typed still in it, with
 * the reason beside `errorBlock`. False when the modal had closed already (the ack could wait no
 * longer): the caller then tells the person in a message, with what they typed. A check found gone
 * is answered as answeredFormGone does, or by a DM without what was typed once the form closed.
 */
export async function keepModalOpen(
  services: Pick<AppServices, 'invitations'>,
  args: ViewArgs,
  acker: AckOnceSaved<ViewAck>,
  error: unknown,
  failed: string,
  errorBlock: string,
): Promise<boolean> {
  // Forgotten (or its details removed) after the form's first checks: the same answer as before them.
  const gone = isAppError(error) && error.code === 'not_found' ? formGone(services, args) : null;
  if (gone !== null) {
    args.logger.info(`${failed} found its check gone; nothing was saved`, { gone });
    if (await acker.refuse({ response_action: 'update', view: nothingToSaveModal(gone) })) return true;
    // The form had closed: say so by DM, without what was typed, which was about the forgotten person.
    await postBlocks(args.client, { channel: args.body.user.id, ...nothingToSaveMessage(gone) }).catch((postError: unknown) => {
      args.logger.warn('Could not tell the person their form was not saved', { failure: describeSlackFailure(postError) });
    });
    return true;
  }
  const because = isAppError(error) ? refusalText(error) : NOT_SAVED_KEPT_OPEN;
  if (!(await acker.refuse({ response_action: 'errors', errors: { [errorBlock]: because } }))) return false;
  if (isAppError(error)) args.logger.info(`${failed} was refused`, { code: error.code, detail: error.message });
  else args.logger.error(`${failed} failed; the form stays open`, error instanceof Error ? error : { error });
  return true;
}
