/**
 * The manifest asks for exactly the scopes the code needs: every Web API method the app calls is
 * named here with the bot scope Slack's method reference gives it, and the manifest's bot scopes
 * are those plus `commands`. A new call without its scope, or a scope nothing uses, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND } from '../src/listeners/commands/index.js';
import { SHORTCUTS } from '../src/views/ids.js';

const ROOT = new URL('../', import.meta.url).pathname;

/** Web API methods the app calls, with the bot scope each needs (null: none). */
const SCOPE_OF_METHOD: Readonly<Record<string, string | null>> = {
  'auth.test': null, // Bolt checks the token at start-up
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'chat.getPermalink': null, // the Home tab's links to cards: "No scope required" (Slack's method reference)
  'conversations.open': 'im:write',
  'conversations.history': 'im:history', // only ever a DM with the app
  'users.info': 'users:read',
  'views.open': null,
  'views.publish': null,
  'views.update': null,
  filesUploadV2: 'files:write',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * `client.chat.update(`, `client.filesUploadV2(` and `apiCall('chat.postMessage'` in the app's source,
 * also through the other names a WebClient goes by there (`via.views.publish(`, `updatesClient.chat.update(`).
 */
function methodsCalled(): Set<string> {
  const methods = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\b(?:client|[a-z]+Client|via)\.([a-z]+)\.([A-Za-z]+)\(/g)) methods.add(`${match[1]}.${match[2]}`);
    for (const match of source.matchAll(/\bclient\.([A-Za-z0-9]+)\(/g)) if (match[1] !== 'apiCall') methods.add(match[1] ?? '');
    for (const match of source.matchAll(/\bapiCall\('([A-Za-z.]+)'/g)) methods.add(match[1] ?? '');
  }
  return methods;
}

/** The `oauth_config.scopes.bot` list of manifest.yml. */
function manifestBotScopes(): string[] {
  return manifestList('bot');
}

/** The items of a list of plain names in manifest.yml, under `key:` (`bot`, `bot_events`). */
function manifestList(key: string): string[] {
  const lines = readFileSync(join(ROOT, 'manifest.yml'), 'utf8').split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s+${key}:\\s*$`).test(line));
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+-\s+([a-z.:_]+)/.exec(line);
    if (item === null) break;
    items.push(item[1] ?? '');
  }
  return items;
}

describe('manifest.yml', () => {
  it('knows the scope of every Web API method the app calls', () => {
    const called = [...methodsCalled()];
    expect(called.length).toBeGreaterThan(5);
    expect(called.filter((method) => !(method in SCOPE_OF_METHOD))).toEqual([]);
  });

  it('asks for exactly the bot scopes those calls and the slash command need', () => {
    const needed = new Set(['commands']);
    for (const method of methodsCalled()) {
      const scope = SCOPE_OF_METHOD[method];
      if (typeof scope === 'string') needed.add(scope);
    }
    expect(manifestBotScopes().sort()).toEqual([...needed].sort());
  });

  it('subscribes to exactly the events the app listens for', () => {
    const listened = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bapp\.event\('([a-z_]+)'/g)) listened.add(match[1] ?? '');
    }
    expect(listened.size).toBeGreaterThan(0);
    expect(manifestList('bot_events').sort()).toEqual([...listened].sort());
  });

  it('declares the slash command the app listens for, and only that one', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
    const declared = [...manifest.matchAll(/^\s+-\s+command:\s*(\S+)\s*$/gm)].map((match) => match[1]);
    expect(declared).toEqual([COMMAND]);
  });

  it('declares each shortcut the app listens for, under the callback_id it listens with', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
    const declared = [...manifest.matchAll(/^\s+callback_id:\s*(\S+)\s*$/gm)].map((match) => match[1]);
    expect(declared.sort()).toEqual(Object.values(SHORTCUTS).sort());
  });
});

/** A one-line scalar of manifest.yml (quoted or not), or a folded `>-` block joined into one line. */
function manifestValue(key: string): string {
  const lines = readFileSync(join(ROOT, 'manifest.yml'), 'utf8').split('\n');
  const at = lines.findIndex((line) => new RegExp(`^\\s+${key}:`).test(line));
  const first = (lines[at] ?? '').replace(new RegExp(`^\\s+${key}:\\s*`), '');
  if (first !== '>-') return first.replace(/^"(.*)"$/, '$1');
  const indent = /^\s*/.exec(lines[at + 1] ?? '')?.[0] ?? '';
  const block: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.startsWith(indent) || line.trim() === '') break;
    block.push(line.trim());
  }
  return block.join(' ');
}

describe('manifest.yml, as people read it', () => {
  it('gives a usage hint within Slack\'s 1,000 characters, with " · " between the ways to use the command', () => {
    const hint = manifestValue('usage_hint');
    expect(hint.length).toBeGreaterThan(0);
    expect(hint.length).toBeLessThanOrEqual(1000);
    const ways = hint.split(' · ');
    // "|" separates the one-line form's fields, as typed, and nothing else.
    expect(ways.filter((way) => way.includes('|'))).toEqual(['Name | Headline | 14 mutual | profile URL | note']);
    for (const sub of ['help', 'settings', 'ignored', 'review', 'stats', 'export', 'forget-me']) expect(ways).toContain(sub);
    expect(ways.some((way) => way.startsWith('forget ['))).toBe(true);
  });

  it('names all four decisions in the long description, within 174 to 4,000 characters', () => {
    const description = manifestValue('long_description');
    expect(description.length).toBeGreaterThanOrEqual(174);
    expect(description.length).toBeLessThanOrEqual(4000);
    expect(description).toContain('Accept, ignore, decline politely or block from the card');
  });
});
