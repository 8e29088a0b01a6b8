/** Slash commands as Slack sends them to the Request URL: url-encoded and signed with the signing secret. */
import { createHmac, randomBytes } from 'node:crypto';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
export const BENCH_TEAM = 'T0BENCH001';

export function signature(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Fresh for every command, as Slack's are (the app drops a repeated trigger_id as a retry). */
export function triggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE(0)}.${randomBytes(16).toString('hex')}`;
}

export function commandBody(fields: { text: string; userId: string; channelId: string; responseUrl: string }): string {
  return new URLSearchParams([
    ['token', 'bench-verification-token'],
    ['team_id', BENCH_TEAM],
    ['team_domain', 'bench'],
    ['channel_id', fields.channelId],
    ['channel_name', 'general'],
    ['user_id', fields.userId],
    ['user_name', fields.userId.toLowerCase()],
    ['command', '/invite-check'],
    ['text', fields.text],
    ['api_app_id', 'A0BENCH001'],
    ['is_enterprise_install', 'false'],
    ['response_url', fields.responseUrl],
    ['trigger_id', triggerId()],
  ]).toString();
}
