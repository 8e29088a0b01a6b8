// The shapes the pure domain rules share. No I/O here: these are plain data.

/** What we could read from an invitation. Text fields are plain text (never Slack markup). */
export interface InvitationFields {
  name: string;
  /** The role part of the headline ("Head of Data Partnerships"), or the whole headline when no company can be split off. */
  headline: string | null;
  company: string | null;
  /** null when the text says nothing about mutual connections. */
  mutualConnections: number | null;
  /** The personal note that came with the invitation, without quotes. */
  note: string | null;
  /** Normalised to https://www.linkedin.com/in/<slug>, or null. */
  profileUrl: string | null;
}

/** Whatever was found, even without a name: used to pre-fill the invitation modal. */
export type PartialInvitationFields = { [K in keyof InvitationFields]?: InvitationFields[K] | null };

export type ParseResult =
  | { ok: true; invitation: InvitationFields; form: 'pasted' | 'one-line' }
  | { ok: false; reason: string; found: PartialInvitationFields };

export const DECISIONS = ['accepted', 'ignored', 'declined', 'blocked'] as const;
export type Decision = (typeof DECISIONS)[number];
export type InvitationStatus = 'pending' | Decision;

export type Recommendation = 'accept' | 'review' | 'ignore';

/** An earlier check of the same person, as the recommendation sees it. */
export interface PriorCheck {
  status: InvitationStatus;
  /** When it was decided, or when it was checked if still pending. */
  at: Date;
  /** True when the owner of the current check made that earlier check. */
  byOwner: boolean;
  reason: string | null;
}

/** What the owner said they are looking for (settings). Empty lists mean "not set". */
export interface OwnerFocus {
  industries: readonly string[];
  roles: readonly string[];
  keywords: readonly string[];
  /** Free text, e.g. "people building data products in Europe". */
  freeText: string | null;
}

export type VoiceKind = 'knows' | 'caution';

/** A teammate's word on an invitation: "I know them" or a heads-up. */
export interface TeammateVoice {
  /** The teammate's display name (plain text), for reasons like "Ana knows them". */
  name: string;
  kind: VoiceKind;
  note: string | null;
}

/** Everything besides the invitation itself that the recommendation may weigh. */
export interface EvaluationContext {
  history?: readonly PriorCheck[];
  focus?: OwnerFocus | null;
  teammates?: readonly TeammateVoice[];
}

export interface Evaluation {
  recommendation: Recommendation;
  /** 0 to 100. */
  score: number;
  /** Sentences a person can read, most important first. Plain text. */
  reasons: string[];
}
