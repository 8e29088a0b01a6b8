import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KnownBlock } from '@slack/types';
import { LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postBlocks } from '../../src/services/post-message.js';

/** A bare HTTP endpoint that keeps each request body byte for byte. */
let server: Server;
let bodies: { url: string; contentType: string; body: string }[];
let client: WebClient;

beforeAll(async () => {
  bodies = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push({ url: req.url ?? '', contentType: String(req.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channel: 'C0CHANNEL1', ts: '1795690065.000100' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new WebClient('xoxb-test', { slackApiUrl: `http://127.0.0.1:${port}/api/`, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('postBlocks', () => {
  it('sends the very request chat.postMessage sends, and reads back where the message went', async () => {
    const blocks: KnownBlock[] = [
      { type: 'section', text: { type: 'mrkdwn', text: '*Priya Raman* wants to connect & says <hi> · “thanks”', verbatim: true } },
      { type: 'actions', block_id: 'decide:7', elements: [{ type: 'button', action_id: 'invitation_accept', text: { type: 'plain_text', text: 'Accept' }, value: '7' }] },
    ];
    const message = { channel: 'C0CHANNEL1', text: 'Priya Raman wants to connect', blocks };
    await client.chat.postMessage({ ...message, unfurl_links: false, unfurl_media: false });
    const posted = await postBlocks(client, message);

    expect(bodies).toHaveLength(2);
    const [viaClient, viaPostBlocks] = bodies;
    expect(viaPostBlocks).toEqual(viaClient);
    expect(viaPostBlocks?.url).toBe('/api/chat.postMessage');
    expect(new URLSearchParams(viaPostBlocks?.body).get('blocks')).toBe(JSON.stringify(blocks));
    expect(posted).toEqual({ channel: 'C0CHANNEL1', ts: '1795690065.000100' });
  });

  it('sends metadata as chat.postMessage does', async () => {
    bodies = [];
    const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'plain_text', text: 'Say thanks to Priya' } }];
    const metadata = { event_type: 'thank_you_nudge_sent', event_payload: { nudge_ids: '3,4' } };
    const message = { channel: 'D0OWNER001', text: 'Say thanks to Priya', blocks, metadata };
    await client.chat.postMessage({ ...message, unfurl_links: false, unfurl_media: false });
    await postBlocks(client, message);
    const [viaClient, viaPostBlocks] = bodies;
    expect(viaPostBlocks).toEqual(viaClient);
    expect(JSON.parse(new URLSearchParams(viaPostBlocks?.body).get('metadata') ?? 'null')).toEqual(metadata);
  });
});
