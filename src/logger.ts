import { LogLevel, type Logger } from '@slack/logger';
import { inspect } from 'node:util';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

export interface LogSink {
  write(line: string): unknown;
}

/**
 * A small structured logger that Bolt, the WebClient and our own code share.
 * One JSON line per entry, so logs stay greppable and machine-readable.
 * Callers pass identifiers (team, user, invitation id), never tokens or invitation text.
 */
export class JsonLogger implements Logger {
  private level: LogLevel;
  private name: string;

  constructor(
    level: LogLevel | `${LogLevel}` = LogLevel.INFO,
    private readonly sink: LogSink = process.stdout,
    name = 'invite-check',
  ) {
    this.level = level as LogLevel;
    this.name = name;
  }

  debug(...msg: unknown[]): void {
    this.log(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.log(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.log(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.log(LogLevel.ERROR, msg);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }

  private log(level: LogLevel, parts: unknown[]): void {
    if (RANK[level] < RANK[this.level]) return;
    const fields: Record<string, unknown> = {};
    const words: string[] = [];
    for (const part of parts) {
      if (part instanceof Error) {
        fields.error = describeError(part);
      } else if (typeof part === 'string') {
        words.push(part);
      } else if (part !== null && typeof part === 'object' && !Array.isArray(part)) {
        Object.assign(fields, part);
      } else {
        words.push(inspect(part, { depth: 2, breakLength: Infinity }));
      }
    }
    const entry = { time: new Date().toISOString(), level, name: this.name, msg: words.join(' '), ...fields };
    this.sink.write(`${safeStringify(entry)}\n`);
  }
}

function describeError(error: Error): Record<string, unknown> {
  const described: Record<string, unknown> = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) described.code = code;
  const data = (error as { data?: { error?: unknown } }).data;
  if (data && typeof data === 'object' && 'error' in data) described.slackError = data.error;
  if (error.stack) described.stack = error.stack.split('\n').slice(0, 6).join('\n');
  return described;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return JSON.stringify({ msg: inspect(value, { depth: 2 }) });
  }
}

/**
 * The logger handed to Bolt, its receivers and the WebClients. Their warnings and errors reach the
 * app's log; their debug lines never do, because Bolt logs every request body and the WebClient
 * every call's body at debug, and those hold invitees' names, headlines and notes. And Bolt sets
 * its logger's level (to info, unless told otherwise): that must not undo LOG_LEVEL for the app.
 */
export function slackLibraryLogger(logger: Logger): Logger {
  return {
    debug: () => undefined,
    info: (...msg: unknown[]) => logger.info(...msg),
    warn: (...msg: unknown[]) => logger.warn(...msg),
    error: (...msg: unknown[]) => logger.error(...msg),
    setLevel: () => undefined,
    // Never below info: a library that sees debug may build a debug line only for it to be dropped.
    getLevel: () => (RANK[logger.getLevel()] < RANK[LogLevel.INFO] ? LogLevel.INFO : logger.getLevel()),
    setName: () => undefined,
  };
}

/** A failure as the logger takes it: an Error as itself, anything else as a field. */
export function asLoggable(error: unknown): Error | { error: string } {
  return error instanceof Error ? error : { error: String(error) };
}
