/**
 * The few coded errors the app raises on purpose. Each carries one friendly sentence for the
 * person in Slack (`userMessage`); the message and cause are for the log.
 */
export type AppErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'not_owner'
  | 'own_invitation'
  | 'already_decided'
  | 'slack_unavailable'
  | 'config_invalid'
  | 'database_unusable';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ?? userMessage, options);
    this.name = 'AppError';
  }
}

/** The database cannot be used as it is: the app stops with this one line. */
export class DatabaseError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('database_unusable', message, message, options);
    this.name = 'DatabaseError';
  }
}

/** Slack would not confirm the bot token at start-up: the app stops with this one line. */
export class SlackStartError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('slack_unavailable', message, message, options);
    this.name = 'SlackStartError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
