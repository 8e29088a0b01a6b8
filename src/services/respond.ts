import type { KnownBlock } from '@slack/types';

/** A message sent to a response_url: ephemeral by default, or replacing the message it came from. */
export interface ResponseMessage {
  text: string;
  blocks?: KnownBlock[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
}

/** Answers through a response_url. Bolt's `respond` fits; `respondVia` builds one from a stored URL. */
export type Respond = (message: ResponseMessage) => Promise<unknown>;

/** How long a response_url post may take before we give up: the person is waiting. */
const RESPONSE_TIMEOUT_MS = 10_000;

export function respondVia(url: string): Respond {
  return async (message) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`response_url answered HTTP ${response.status}`);
    return undefined;
  };
}
