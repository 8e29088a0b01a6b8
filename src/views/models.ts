// The shapes the Block Kit builders render. Services fill them from the database; the builders
// stay pure. Text fields are plain text (the builders escape them).
import type { DecidedPeriod } from '../domain/review.js';
import type { ThankYouDelayChoice, UserSettings } from '../domain/settings.js';
import type { Decision, InvitationStatus, Recommendation, VoiceKind } from '../domain/types.js';

/** A teammate's word shown on a card. */
export interface CardVoice {
  userId: string;
  kind: VoiceKind;
  note: string | null;
  at: Date;
}

export interface DecisionCounts {
  pending: number;
  accepted: number;
  ignored: number;
  declined: number;
  blocked: number;
}

/** An invitation still waiting for its owner. */
export interface PendingItem {
  invitationId: number;
  name: string;
  headline: string | null;
  company: string | null;
  recommendation: Recommendation;
  checkedAt: Date;
  /** The link Slack gave to its card (Home only): absent or null while none is known. */
  cardLink?: string | null;
}

/** A thank-you note the owner still owes (nudge scheduled or delivered, not yet sent or skipped). */
export interface OwedItem {
  nudgeId: number;
  /** The accepted invitation the thank-you is for. */
  invitationId: number;
  name: string;
  profileUrl: string | null;
  acceptedAt: Date;
}

export interface RecentDecision {
  invitationId: number;
  name: string;
  status: Decision;
  decidedAt: Date;
  reason: string | null;
}

/** One row of `/invite-check ignored`. */
export interface IgnoredEntry {
  invitationId: number;
  name: string;
  headline: string | null;
  company: string | null;
  profileUrl: string | null;
  status: 'ignored' | 'declined' | 'blocked';
  decidedAt: Date;
  reason: string | null;
  note: string | null;
}

/** Where an entry sits in the ignored list's order (newest decision first, then highest id). */
export interface IgnoredPosition {
  decidedAt: Date;
  invitationId: number;
}

export interface IgnoredListModel {
  entries: readonly IgnoredEntry[];
  /** 1-based; a label only, since the list can change between pages. */
  page: number;
  pageCount: number;
  total: number;
  /** Older decisions whose details retention removed: not listed, only counted. */
  detailsRemoved: number;
  /**
   * When nobody is listed: checks that were ignored, declined or blocked and were changed to
   * Accepted since, so the empty list can say where they went. 0 while anyone is listed.
   */
  movedOff: number;
  /** Older found nobody past the page shown (they left the list since): this is the last page instead. */
  pastTheEnd: boolean;
  /** The first entry shown, when newer ones are listed before it (Newer reads before it); else null. */
  newerFrom: IgnoredPosition | null;
  /** The last entry shown, when older ones are listed after it (Older reads after it); else null. */
  olderFrom: IgnoredPosition | null;
}

export interface StatsModel {
  /** e.g. "November 2026". */
  monthLabel: string;
  /** People, each once however often checked: by the newest decision on them in the period, or waiting. */
  month: DecisionCounts;
  allTime: DecisionCounts;
  /** (ignored + declined + blocked) / decided, of those people, all time; null when nothing is decided yet. */
  ignoreRatio: number | null;
  thankYous: { sent: number; owed: number; skipped: number };
}

export interface ReviewModel {
  /** Invitations pending for more than a few days, oldest first (at most 10 shown). */
  pending: readonly PendingItem[];
  pendingTotal: number;
  owed: readonly OwedItem[];
  owedTotal: number;
  /**
   * What was decided in the last seven days, or (`period`) since the review before this one, or in
   * the last fourteen days when that was long ago (see decidedPeriod). Seven days when not given.
   */
  decidedThisWeek: { counts: DecisionCounts; recent: readonly RecentDecision[]; period?: DecidedPeriod };
  /** A gentle word when the ignore ratio is very high or very low; null otherwise. */
  ratioNote: string | null;
  /** Whether the owner gets the weekly review (a review asked for may come with it off); on when not given. */
  weeklyReviewOn?: boolean;
}

export interface TeamDigestModel {
  /** e.g. "the week of 23 November 2026". */
  weekLabel: string;
  counts: DecisionCounts;
  /** Accepted this week: who connected with whom (no ignore reasons ever). */
  connections: readonly { ownerId: string; name: string }[];
  connectionsTotal: number;
}

export interface HomeModel {
  userId: string;
  pending: readonly PendingItem[];
  pendingTotal: number;
  owed: readonly OwedItem[];
  owedTotal: number;
  recent: readonly RecentDecision[];
  stats: StatsModel;
  /** Summed up under the greeting, so that a save from the tab's Settings button shows on it. */
  settings: SettingsModel;
}

/** The settings modal's current values and the workspace defaults it explains. */
export interface SettingsModel {
  current: UserSettings;
  workspace: {
    /** 'HH:MM'. */
    workStart: string;
    workEnd: string;
    workDays: readonly number[];
    /** How the workspace default delay reads, e.g. "the next morning". */
    delayLabel: string;
  };
}

export type { Decision, InvitationStatus, ThankYouDelayChoice };
