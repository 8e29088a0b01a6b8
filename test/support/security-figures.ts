import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The figures the README quotes for the adversarial suite: how many cases each security test file
 * tried and how many faults it injected. Each file keeps its own tally and, when it finishes, merges
 * it into `test-results/security-figures.json` under its own key (other files' entries are kept).
 *
 * - A *case* is one hostile or unauthorised attempt, or one scenario, sent through the real app.
 * - A *fault* is one misbehaviour queued on the Slack stand-in (an error answer, a 429, a 5xx, a
 *   delay past the client timeout, a failing response_url) or one forged / tampered / replayed
 *   signed request.
 */
export interface SecurityTally {
  readonly file: string;
  readonly casesTried: number;
  readonly faultsInjected: number;
  tried(count?: number): void;
  injected(count?: number): void;
  /** Merges this file's figures into the shared JSON file (under a lock: test files run in parallel). */
  write(): void;
}

export interface SecurityFigures {
  files: Record<string, { casesTried: number; faultsInjected: number }>;
  total: { casesTried: number; faultsInjected: number };
}

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIGURES_PATH = join(REPO_ROOT, 'test-results', 'security-figures.json');

export function securityTally(file: string, figuresPath: string = FIGURES_PATH): SecurityTally {
  let casesTried = 0;
  let faultsInjected = 0;
  return {
    file,
    get casesTried() {
      return casesTried;
    },
    get faultsInjected() {
      return faultsInjected;
    },
    tried(count = 1) {
      casesTried += count;
    },
    injected(count = 1) {
      faultsInjected += count;
    },
    write() {
      mergeFigures(figuresPath, file, { casesTried, faultsInjected });
    },
  };
}

/** Reads, merges and rewrites the figures file; a lock file keeps parallel writers apart. */
export function mergeFigures(path: string, file: string, figures: { casesTried: number; faultsInjected: number }): SecurityFigures {
  mkdirSync(dirname(path), { recursive: true });
  const lock = `${path}.lock`;
  acquire(lock);
  try {
    const current = readFigures(path);
    current.files[file] = { casesTried: figures.casesTried, faultsInjected: figures.faultsInjected };
    const entries = Object.values(current.files);
    current.total = {
      casesTried: entries.reduce((sum, entry) => sum + entry.casesTried, 0),
      faultsInjected: entries.reduce((sum, entry) => sum + entry.faultsInjected, 0),
    };
    const sorted: SecurityFigures = {
      files: Object.fromEntries(Object.entries(current.files).sort(([a], [b]) => a.localeCompare(b))),
      total: current.total,
    };
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(sorted, null, 2)}\n`);
    renameSync(temporary, path);
    return sorted;
  } finally {
    rmSync(lock, { force: true });
  }
}

export function readFigures(path: string = FIGURES_PATH): SecurityFigures {
  const empty: SecurityFigures = { files: {}, total: { casesTried: 0, faultsInjected: 0 } };
  if (!existsSync(path)) return empty;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('files' in parsed)) return empty;
    const files = (parsed as { files: unknown }).files;
    if (typeof files !== 'object' || files === null) return empty;
    const kept: SecurityFigures['files'] = {};
    for (const [key, value] of Object.entries(files)) {
      if (typeof value !== 'object' || value === null) continue;
      const { casesTried, faultsInjected } = value as { casesTried?: unknown; faultsInjected?: unknown };
      if (typeof casesTried === 'number' && typeof faultsInjected === 'number') kept[key] = { casesTried, faultsInjected };
    }
    return { files: kept, total: empty.total };
  } catch {
    return empty;
  }
}

function acquire(lock: string): void {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      return;
    } catch (error) {
      if (!isExists(error)) throw error;
      if (Date.now() > deadline) {
        // A writer died holding the lock: take it over rather than losing the figures.
        rmSync(lock, { force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

function isExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'EEXIST';
}
