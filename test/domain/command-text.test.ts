import { describe, expect, it } from 'vitest';
import { routeCommandText } from '../../src/domain/command-text.js';

describe('routeCommandText', () => {
  it.each(['', '   ', '\n\t ', '\u00A0'])('opens the form for empty text %j', (text) => {
    expect(routeCommandText(text)).toEqual({ kind: 'form' });
  });

  it.each(['help', 'HELP', 'Help', ' help ', '-h', '--help', '?', 'usage', 'Usage', 'Help me', 'help please'])('shows help for %j', (text) => {
    expect(routeCommandText(text)).toEqual({ kind: 'help' });
  });

  it.each([
    ['stats', 'stats'],
    ['Settings', 'settings'],
    [' ignored ', 'ignored'],
    ['REVIEW', 'review'],
    ['export', 'export'],
    ['forget-me', 'forget-me'],
  ] as const)('runs the sub-command %j', (text, command) => {
    expect(routeCommandText(text)).toEqual({ kind: 'sub', command });
  });

  it.each([
    ['forget Priya Raman', 'Priya Raman'],
    ['forget  https://www.linkedin.com/in/priya ', 'https://www.linkedin.com/in/priya'],
    ['forget <https://linkedin.com/in/x|linkedin.com/in/x>', '<https://linkedin.com/in/x|linkedin.com/in/x>'],
    // Phones capitalise the first word; read as an invitation, this would post her name in the channel.
    ['Forget Priya Raman', 'Priya Raman'],
    ['FORGET https://www.linkedin.com/in/priya', 'https://www.linkedin.com/in/priya'],
    ['Forget Priya Raman\nhttps://www.linkedin.com/in/priya', 'Priya Raman\nhttps://www.linkedin.com/in/priya'],
  ])('reads %j as forgetting one person', (text, person) => {
    expect(routeCommandText(text)).toEqual({ kind: 'forget', person });
  });

  it.each(['forget', 'Forget', ' FORGET '])('asks who to forget for %j alone', (text) => {
    expect(routeCommandText(text)).toEqual({ kind: 'forgetWho' });
  });

  it.each([
    ['history', 'history'],
    ['  list  ', 'list'],
    ['follow-up', 'follow-up'],
    ['a', 'a'],
    ['a'.repeat(31), 'a'.repeat(31)],
  ])('treats the single lower-case word %j as an unknown sub-command', (text, word) => {
    expect(routeCommandText(text)).toEqual({ kind: 'unknown', word, suggestion: null });
  });

  it.each([
    ['Setting', 'settings'],
    ['Stat', 'stats'],
    ['Statistics', 'stats'],
    ['Reviews', 'review'],
    ['Ignore', 'ignored'],
    ['EXPORTS', 'export'],
    ['Hlep', 'help'],
    ['Priya', null],
    ['Stacy', null],
    ['Helps', 'help'],
    ['settngs', 'settings'],
  ] as const)('reads the near miss %j, capitalised or not, as a sub-command to suggest, never as a name', (text, suggestion) => {
    const route = routeCommandText(text);
    if (suggestion === null) expect(route.kind).toBe('check');
    else expect(route).toEqual({ kind: 'unknown', word: text, suggestion });
  });

  it.each([
    ['Review please', 'review'],
    ['Stats for this month', 'stats'],
    ['Ignored list', 'ignored'],
    ['Export my data', 'export'],
    ['Settings please', 'settings'],
    ['Forget-me please', 'forget-me'],
    ['show me stats', null],
    // A sub-command word exactly, then anything on one short line: never a card.
    ['Ignored Priya Raman', 'ignored'],
    ['stats November', 'stats'],
    ['export CSV', 'export'],
    ['ignored 2', 'ignored'],
    ['settings 9-5', 'settings'],
    ['forget me', 'forget-me'],
    ['Setting please', 'settings'],
  ] as const)('reads the short line %j as the sub-command it starts with, never as a name', (text, suggestion) => {
    const route = routeCommandText(text);
    if (suggestion === null) expect(route.kind).not.toBe('sub');
    else expect(route).toEqual({ kind: 'unknown', word: text, suggestion });
  });

  // A full stop, question or exclamation mark after the word (a phone's, or a person's): "Stats."
  // was read as a person named "Stats." and posted on a card in the channel; "help?" opened the form.
  it.each([
    ['Stats.', { kind: 'sub', command: 'stats' }],
    ['Export.', { kind: 'sub', command: 'export' }],
    ['Ignored.', { kind: 'sub', command: 'ignored' }],
    ['settings!', { kind: 'sub', command: 'settings' }],
    ['review?', { kind: 'sub', command: 'review' }],
    ['Forget-me.', { kind: 'sub', command: 'forget-me' }],
    ['stats...', { kind: 'sub', command: 'stats' }],
    ['help?', { kind: 'help' }],
    ['Help!', { kind: 'help' }],
    ['Usage.', { kind: 'help' }],
    ['Forget.', { kind: 'forgetWho' }],
    ['Stat.', { kind: 'unknown', word: 'Stat.', suggestion: 'stats' }],
    ['Review please.', { kind: 'unknown', word: 'Review please.', suggestion: 'review' }],
    ['history?', { kind: 'unknown', word: 'history?', suggestion: null }],
    ['Forget me?', { kind: 'unknown', word: 'Forget me?', suggestion: 'forget-me' }],
    ['forget me!!', { kind: 'unknown', word: 'forget me!!', suggestion: 'forget-me' }],
  ] as const)('reads %j, a command with an end mark, as that command, never as a name', (text, route) => {
    expect(routeCommandText(text)).toEqual(route);
  });

  it.each([
    'Priya Raman',
    'Priya',
    'priya raman',
    'Priya Raman | Head of Data | 14 mutual',
    'a'.repeat(32),
    'stats2',
    'josé',
    'Priya.',
    'Priya Raman.',
    // More than a short line of plain words, or not starting with a sub-command.
    'priya raman, head of data',
    'review this one: priya raman, head of data at northwind',
    'help\nPriya Raman',
    '<https://www.linkedin.com/in/priya|linkedin.com/in/priya>',
    'Priya Raman\nHead of Data Partnerships at Northwind Analytics\n14 mutual connections',
  ])('checks %j as an invitation', (text) => {
    expect(routeCommandText(text)).toEqual({ kind: 'check' });
  });
});
