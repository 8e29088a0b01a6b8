/** What the benchmark's processes ask each other, and answer. */

/** 'bare-card': the bare app posting a typical card of the real app's size instead of its small one. */
export type AppMode = 'real' | 'bare' | 'bare-card';

export interface AppStart {
  mode: AppMode;
  apiUrl: string;
  /** Extra environment for the real app's config (working hours and so on). */
  env?: Record<string, string>;
}

export interface AppStarted {
  url: string;
  pid: number;
  /** 'bare-card' only: the size of the blocks it posts, in bytes of JSON. */
  cardBlocksBytes?: number;
}

export interface MemoryReading {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** Committed size of V8's old space, where objects that outlive two young-generation collections go. */
  oldSpaceMb: number;
  /**
   * Executable memory V8 has committed (compiled JavaScript and regular expressions). Past 16 MB,
   * with over 1 MB of pattern code generated, V8 compiles each new pattern without its
   * optimisations (see bench/FINDINGS.md), and the app's patterns alone make about that much.
   */
  executableMb: number;
  /** Linux only: resident anonymous memory (JS heap, malloc), file-backed pages, shared memory. */
  anonMb?: number;
  fileMb?: number;
  shmemMb?: number;
}

export interface SeedDueRequest {
  owners: number;
  perOwner: number;
  heavyEvery: number;
  heavyPerOwner: number;
}

export interface SeedDueResult {
  owners: number;
  nudges: number;
  dms: number;
  maxDmsPerOwner: number;
  nudgeIds: number[];
}

export interface SweepRequest {
  /** Real milliseconds in one of the limits' minutes (the pacer is given the same scale as the stand-in). */
  minuteMs: number;
  dmToUserId: boolean;
  /** Give up after this many back-to-back sweeps (each would be a cron run in production). */
  maxSweeps: number;
}

export interface SweepOutcome {
  ms: number;
  sweeps: number;
  delivered: number;
  messages: number;
  failed: number;
  deferred: number;
  statuses: Record<string, number>;
}

/** Event-loop delay of the app's process over a span (monitorEventLoopDelay, 5 ms resolution). */
export interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ClosedRound {
  url: string;
  count: number;
  concurrency: number;
  /** Request ids (and channels) start here, so no two rounds share a channel or trigger. */
  firstRequest: number;
  people: number;
}

export interface OpenLoad {
  url: string;
  perSecond: number;
  firstRequest: number;
  people: number;
}

export interface RoundStats {
  requests: number;
  concurrency: number;
  seconds: number;
  /** Requests per second, first send to last card. */
  rps: number;
  ackP50: number;
  ackP99: number;
  cardP50: number;
  cardP99: number;
  /** The mean size of the cards' blocks, in UTF-8 bytes of JSON. */
  cardBlocksBytes: number;
  /** Non-200 answers or failed requests. */
  errors: number;
  missingCards: number;
  /** The app process's CPU time per request (user + system, ms), from its own process.cpuUsage(). */
  cpuMsPerRequest?: number;
}

export interface SlackSnapshot {
  calls: Record<string, number>;
  rateLimited: Record<string, number>;
  dms: number;
  /** Nudge ids seen in at least one successful DM. */
  nudgeIds: number[];
  /** Nudge ids seen in more than one successful DM. */
  duplicatedIds: number[];
  dmSpanMs: number;
}

export interface StandInStart {
  limited: boolean;
  minuteMs: number;
}

export interface ScaleRequest {
  sizes: number[];
  owners: number;
  due: number;
  rounds: number;
  emptyRounds: number;
}

export interface ScaleSize {
  invitations: number;
  nudges: number;
  due: number;
  futureScheduled: number;
  seedSeconds: number;
  fileMb: number;
  bytesPerInvitation: number;
  claimed: number;
  claims: number;
  sweepMs: number;
  sweepRoundsMs: number[];
  /** The longest single claim transaction (median over rounds): how long the app's event loop stalls. */
  longestClaimMs: number;
  emptySweepMs: number;
  peakRssMb: number;
  plans: Record<string, string[]>;
}

export interface ScaleResult {
  sizes: ScaleSize[];
}
