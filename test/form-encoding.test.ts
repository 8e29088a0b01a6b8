import fc from 'fast-check';
import querystring from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { useNativeFormEncoding } from '../src/form-encoding.js';

// Node's own encoder, taken before anything swaps it (each test file runs in a fresh process).
const nodeEscape = querystring.escape;

function outcome(encode: (text: string) => string, text: string): string {
  try {
    return encode(text);
  } catch (error) {
    return error instanceof URIError ? 'URIError' : `other: ${String(error)}`;
  }
}

describe('useNativeFormEncoding', () => {
  it('starts from Node’s own encoder, so the comparisons below compare two encoders', () => {
    expect(nodeEscape).not.toBe(encodeURIComponent);
  });

  it('encodes any text as Node’s encoder does, lone surrogates included (property)', () => {
    useNativeFormEncoding();
    const installed = querystring.escape;
    expect(installed).not.toBe(nodeEscape);
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('a', ' ', '"', '{', ':', '&', '=', '+', '%', '•', '…', '👩‍💻', '\uD800', '\uDC00', '\n'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(outcome(installed, value)).toBe(outcome(nodeEscape, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a card post byte for byte as it was', () => {
    const args = {
      channel: 'C0123',
      text: 'Invitation from Priya Raman & co <script>',
      blocks: JSON.stringify([
        { type: 'section', text: { type: 'mrkdwn', text: ':envelope_with_arrow: *Priya Raman* wants to connect\n• 14 mutual · “quoted” …', verbatim: true } },
      ]),
      unfurl_links: false,
      unfurl_media: false,
      score: 67,
    };
    const before = querystring.stringify(args, undefined, undefined, { encodeURIComponent: nodeEscape });
    useNativeFormEncoding();
    expect(querystring.stringify(args)).toBe(before);
  });

  it('installs its encoder once, however often it is called', () => {
    useNativeFormEncoding();
    const installed = querystring.escape;
    useNativeFormEncoding();
    expect(querystring.escape).toBe(installed);
    // Text Node's encoder accepts and encodeURIComponent refuses still goes out as before.
    expect(querystring.escape('a\uD800b')).toBe(nodeEscape('a\uD800b'));
  });
});
