import querystring from 'node:querystring';

type Escape = typeof querystring.escape;

/** Marks the encoder installed here, so a second call leaves it as it is. */
const INSTALLED = Symbol('invite-check native form encoding');

/**
 * The WebClient sends each call's arguments form-encoded through `querystring.stringify`, whose
 * default percent-encoder is written in JavaScript and builds its result a piece at a time:
 * about 45 KB of short-lived strings for one card's blocks, a fifth of everything a check
 * allocates, and each young-generation collection that brings on copies what every request in
 * flight still holds. `querystring.escape` is the hook Node documents for supplying another
 * encoder. The engine's `encodeURIComponent` leaves the same characters as they are and encodes
 * the rest to the same UTF-8 bytes; it refuses text with a lone surrogate, which Node's encoder
 * encodes in its own way, so such text is still handed to Node's. Every request goes out byte for
 * byte as before (test/form-encoding.test.ts). It applies to the whole process.
 */
export function useNativeFormEncoding(): void {
  const current: Escape & { [INSTALLED]?: true } = querystring.escape;
  if (current[INSTALLED]) return;
  const escape = (text: string): string => {
    try {
      return encodeURIComponent(text);
    } catch {
      return current(text);
    }
  };
  Object.assign(querystring, { escape: Object.assign(escape, { [INSTALLED]: true as const }) });
}
