import type { Logger } from '@slack/logger';

/**
 * How long a request that stores what someone typed may wait for its commit before it is acked
 * anyway: well inside Slack's 3 seconds, with room for the network.
 */
export const ACK_WAIT_MS = 2_000;

export interface AckOnceSaved<R> {
  /** Acks now unless already acked: what was typed is committed (or there is nothing to store). Never rejects. */
  saved(): Promise<void>;
  /**
   * Answers with `response` instead (a modal's errors, so it stays open with everything typed in
   * it) when nothing has been sent yet. False when the ack had already gone: the caller tells the
   * person some other way. Throws when that answer could not be sent.
   */
  refuse(response: R): Promise<boolean>;
}

/**
 * Slack sends a command or a form once and does not send it again. Acked before the commit, what
 * the person typed is lost if the process dies in between, while Slack has told them it arrived.
 * So a listener that stores typed input acks once the commit is done (milliseconds), and a crash
 * before then shows Slack's own error, with a form still open and filled in. The ack never waits
 * longer than `waitMs`: a store held up (Slack asked for a time zone first, a locked database)
 * is acked first, as before, and a failure after that is told as it always was.
 */
export function ackOnceSaved<R>(ack: (response?: R) => Promise<void>, options: { waitMs: number; logger: Logger }): AckOnceSaved<R> {
  /** The ack as Bolt sent it, and the same never rejecting: what was stored must not be reported lost because the ack could not leave. */
  let attempt: Promise<void> | null = null;
  let sent: Promise<void> | null = null;
  const send = (response?: R): Promise<void> => {
    clearTimeout(timer);
    if (sent === null) {
      attempt = response === undefined ? ack() : ack(response);
      // An ack lets stored work go on; a refusal (a form's errors) stored nothing, and refuse() throws it on.
      const failed = response === undefined ? 'Could not ack the request; its work goes on all the same' : 'Could not send the refusal to Slack; nothing was stored';
      sent = attempt.catch((error: unknown) => options.logger.warn(failed, error instanceof Error ? error : { error }));
    }
    return sent;
  };
  const timer = setTimeout(() => {
    options.logger.info('Acked before the input was stored: the store is taking longer than the ack may wait', { waitMs: options.waitMs });
    void send();
  }, options.waitMs);
  return {
    saved: () => send(),
    async refuse(response: R): Promise<boolean> {
      if (sent !== null) {
        await sent;
        return false;
      }
      void send(response);
      // Nothing was stored: a refusal that could not leave (a Socket Mode connection closing) is
      // thrown, so that the delivery Slack sends again is handled, not dropped as a repeat.
      await attempt;
      return true;
    },
  };
}
