// A ready-to-send message for declining an invitation: short, kind, honest, plain text.
// It gives no reason, because any reason we wrote would be invented on the owner's behalf,
// and it leaves the door open. Their headline and company are deliberately not echoed back:
// they add nothing to a polite no, and a headline may carry a pitch.

import { firstName, greetingName } from './thank-you-note.js';

export interface DeclinePerson {
  name: string;
  headline: string | null;
  company: string | null;
}

/** Hard ceiling for the whole draft; names are capped by firstName, so drafts stay far below it. */
export const MAX_DECLINE_CHARS = 500;

const BODY = [
  'thank you for the invitation to connect.',
  "I'll pass for now, but I appreciate you reaching out.",
  "If there's ever something specific you'd like to discuss, feel free to send me a message.",
] as const;

export function draftDecline(person: DeclinePerson, ownerName: string | null): string {
  const [opening, middle, closing] = BODY;
  const greeting = `Hi ${greetingName(person.name) ?? 'there'}, ${opening}`;
  const signer = ownerName === null ? null : firstName(ownerName);
  const signature = signer === null ? '' : `\n\nBest,\n${signer}`;
  const draft = `${greeting} ${middle} ${closing}${signature}`;
  // A guard, not the plan: firstName already refuses names longer than 30 characters.
  return draft.length <= MAX_DECLINE_CHARS ? draft : `Hi there, ${opening} ${middle} ${closing}`;
}
