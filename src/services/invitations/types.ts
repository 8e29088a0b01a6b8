/**
 * What the invitation service is asked and answers: a check, a decision, a correction, a click on
 * a card, and what weighing again and forgetting did.
 */
import type { InvitationRecord } from '../../db/invitations-repo.js';
import type { Decision, InvitationFields } from '../../domain/types.js';
import type { CardRedraw } from './cards.js';

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

export type CheckOutcome =
  | { kind: 'posted' | 'ephemeral' | 'dm'; invitation: InvitationRecord }
  | { kind: 'duplicate'; invitation: InvitationRecord }
  | { kind: 'unposted'; invitation: InvitationRecord };

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

export type DecisionOutcome =
  | {
      kind: 'decided';
      invitation: InvitationRecord;
      /** When the thank-you nudge is due, after an Accept. */
      nudgeDueAt: Date | null;
      /** A ready-to-send message, after a polite decline. */
      declineDraft: string | null;
      /** How the card's redraw went: other than `redrawn`, the decision is saved and the card looks as before. */
      card: CardRedraw;
    }
  | { kind: 'unchanged'; invitation: InvitationRecord };

export interface DetailsEdit {
  teamId: string;
  invitationId: number;
  actorId: string;
  fields: InvitationFields;
  source: string | null;
  /** Called once the change is committed, before the cards and messages it touches are redrawn: a form is acked then. */
  whenStored?: () => Promise<void>;
}

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
