import { describe, expect, it } from 'vitest';
import {
  assertNoForeignControlSequences,
  assertValidHomeView,
  assertValidMessage,
  assertValidModal,
  BlockKitViolation,
  collectMrkdwn,
} from './block-kit.js';

// The checker is only worth something if it fails: each case breaks one limit and expects its name and path.

function section(text: string, blockId?: string) {
  return { type: 'section', ...(blockId ? { block_id: blockId } : {}), text: { type: 'mrkdwn', text, verbatim: true } };
}

function button(overrides: Record<string, unknown> = {}) {
  return { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Go' }, value: '1', ...overrides };
}

function confirm(overrides: Record<string, unknown> = {}) {
  return {
    title: { type: 'plain_text', text: 'Sure?' },
    text: { type: 'plain_text', text: 'Really?' },
    confirm: { type: 'plain_text', text: 'Yes' },
    deny: { type: 'plain_text', text: 'No' },
    style: 'danger',
    ...overrides,
  };
}

function modal(overrides: Record<string, unknown> = {}) {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Title' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [] as unknown[],
    ...overrides,
  };
}

function violation(run: () => void): BlockKitViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof BlockKitViolation) return error;
    throw error;
  }
  throw new Error('expected a Block Kit violation, but the input passed');
}

describe('assertValidMessage', () => {
  it('accepts a small valid message', () => {
    expect(() => assertValidMessage({ text: 'hi', blocks: [section('hello'), { type: 'divider' }] })).not.toThrow();
  });

  it('counts the text of all blocks only when asked to', () => {
    // Two sections, each within its 3,000, and a button: 3,000 + 2,999 + 2 characters of text.
    const message = {
      text: 't',
      blocks: [section('x'.repeat(3000)), { ...section('y'.repeat(2999)), accessory: button() }],
    };
    expect(() => assertValidMessage(message)).not.toThrow();
    expect(() => assertValidMessage(message, { maxBlockText: 6001 })).not.toThrow();
    const error = violation(() => assertValidMessage(message, { maxBlockText: 6000 }));
    expect(error.limit).toBe('blocks text in all');
    expect(error.path).toBe('message.blocks');
    expect(error.message).toContain('6001 characters of text, over 6000');
  });

  it.each([
    ['missing text', { blocks: [] }, 'text fallback length', 'message.text'],
    ['blank text', { text: '  ', blocks: [] }, 'text fallback present and non-empty', 'message.text'],
    ['51 blocks', { text: 't', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }, 'blocks per message', 'message.blocks'],
    ['section text over 3000', { text: 't', blocks: [section('x'.repeat(3001))] }, 'section text length', 'message.blocks[0].text.text'],
    ['empty section text', { text: 't', blocks: [section('')] }, 'section text length', 'message.blocks[0].text.text'],
    [
      'mrkdwn with automatic parsing on',
      { text: 't', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi @here' } }] },
      'mrkdwn must be verbatim',
      'message.blocks[0].text.verbatim',
    ],
    [
      'eleven context elements',
      { text: 't', blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'x', verbatim: true })) }] },
      'context elements count',
      'message.blocks[0].elements',
    ],
    [
      'button text over 75',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ text: { type: 'plain_text', text: 'x'.repeat(76) } })] }] },
      'button text length',
      'message.blocks[0].elements[0].text.text',
    ],
    [
      'mrkdwn button text',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ text: { type: 'mrkdwn', text: 'Go' } })] }] },
      'button text length is plain_text only',
      'message.blocks[0].elements[0].text.type',
    ],
    [
      'button value over 2000',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ value: 'v'.repeat(2001) })] }] },
      'button value length',
      'message.blocks[0].elements[0].value',
    ],
    [
      'action_id over 255',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ action_id: 'a'.repeat(256) })] }] },
      'action_id length',
      'message.blocks[0].elements[0].action_id',
    ],
    [
      'duplicate action_id in a block',
      { text: 't', blocks: [{ type: 'actions', elements: [button(), button()] }] },
      'unique action_id within a block',
      'message.blocks[0].elements[1].action_id',
    ],
    [
      'confirm title over 100',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ confirm: confirm({ title: { type: 'plain_text', text: 'x'.repeat(101) } }) })] }] },
      'confirm title length',
      'message.blocks[0].elements[0].confirm.title.text',
    ],
    [
      'confirm text over 300',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ confirm: confirm({ text: { type: 'plain_text', text: 'x'.repeat(301) } }) })] }] },
      'confirm text length',
      'message.blocks[0].elements[0].confirm.text.text',
    ],
    [
      'confirm without a deny button',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ confirm: confirm({ deny: undefined }) })] }] },
      'object required',
      'message.blocks[0].elements[0].confirm.deny',
    ],
    [
      'half an emoji in a section',
      { text: 't', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Ana\uD83C…', verbatim: true } }] },
      'a lone surrogate (half a character)',
      'message.blocks[0].text.text',
    ],
    [
      'confirm button over 30',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ confirm: confirm({ deny: { type: 'plain_text', text: 'x'.repeat(31) } }) })] }] },
      'confirm button length',
      'message.blocks[0].elements[0].confirm.deny.text',
    ],
    [
      'confirm without text',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ confirm: { title: { type: 'plain_text', text: 'Sure?' } } })] }] },
      'object required',
      'message.blocks[0].elements[0].confirm.text',
    ],
    [
      'confirm with an unknown style',
      { text: 't', blocks: [{ type: 'actions', elements: [button({ confirm: confirm({ style: 'loud' }) })] }] },
      'confirm style',
      'message.blocks[0].elements[0].confirm.style',
    ],
    ['block_id over 255', { text: 't', blocks: [section('a', 'b'.repeat(256))] }, 'block_id length', 'message.blocks[0].block_id'],
    ['duplicate block_id', { text: 't', blocks: [section('a', 'same'), section('b', 'same')] }, 'unique block_id', 'message.blocks[1].block_id'],
    ['unknown block type', { text: 't', blocks: [{ type: 'carousel' }] }, 'supported block type', 'message.blocks[0].type'],
  ])('rejects %s', (_name, message, limit, path) => {
    const error = violation(() => assertValidMessage(message));
    expect(error.limit).toBe(limit);
    expect(error.path).toBe(path);
    expect(error.message).toContain(limit);
    expect(error.message).toContain(path);
  });
});

describe('assertValidModal', () => {
  const input = (element: Record<string, unknown>) => ({
    type: 'input',
    block_id: 'b',
    label: { type: 'plain_text', text: 'Label' },
    element: { action_id: 'a', ...element },
  });

  const opt = (value: string) => ({ text: { type: 'plain_text', text: `Option ${value}` }, value });

  it('accepts a small valid modal', () => {
    expect(() => assertValidModal(modal({ blocks: [input({ type: 'plain_text_input', max_length: 10, initial_value: 'abc' })] }))).not.toThrow();
  });

  it('accepts timepickers, checkboxes, radio buttons and selects with matching initial options', () => {
    const blocks = [
      { ...input({ type: 'timepicker', initial_time: '23:59' }), block_id: 't' },
      { ...input({ type: 'checkboxes', options: [opt('a'), opt('b')], initial_options: [opt('b')] }), block_id: 'c' },
      { ...input({ type: 'radio_buttons', options: [opt('a'), opt('b')], initial_option: opt('a') }), block_id: 'r' },
      { ...input({ type: 'static_select', options: [opt('a')], initial_option: opt('a') }), block_id: 's' },
    ];
    expect(() => assertValidModal(modal({ blocks }))).not.toThrow();
  });

  it.each([
    ['title over 24', modal({ title: { type: 'plain_text', text: 'x'.repeat(25) } }), 'modal title length', 'view.title.text'],
    ['submit over 24', modal({ submit: { type: 'plain_text', text: 'x'.repeat(25) } }), 'modal submit length', 'view.submit.text'],
    ['close over 24', modal({ close: { type: 'plain_text', text: 'x'.repeat(25) } }), 'modal close length', 'view.close.text'],
    ['private_metadata over 3000', modal({ private_metadata: 'm'.repeat(3001) }), 'private_metadata length', 'view.private_metadata'],
    ['101 blocks', modal({ blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }), 'blocks per modal', 'view.blocks'],
    [
      'initial_value longer than max_length',
      modal({ blocks: [input({ type: 'plain_text_input', max_length: 5, initial_value: 'abcdef' })] }),
      'plain_text_input initial_value ≤ max_length',
      'view.blocks[0].element.initial_value',
    ],
    [
      'number initial_value above max_value',
      modal({ blocks: [input({ type: 'number_input', is_decimal_allowed: false, min_value: '0', max_value: '10', initial_value: '11' })] }),
      'number_input initial_value within min_value..max_value',
      'view.blocks[0].element.initial_value',
    ],
    [
      'a malformed timepicker initial_time',
      modal({ blocks: [input({ type: 'timepicker', initial_time: '9:00' })] }),
      'timepicker initial_time is HH:mm',
      'view.blocks[0].element.initial_time',
    ],
    [
      'a timepicker initial_time past midnight',
      modal({ blocks: [input({ type: 'timepicker', initial_time: '24:00' })] }),
      'timepicker initial_time is HH:mm',
      'view.blocks[0].element.initial_time',
    ],
    [
      'an empty checkboxes initial_options',
      modal({ blocks: [input({ type: 'checkboxes', options: [opt('a')], initial_options: [] })] }),
      'initial_options count',
      'view.blocks[0].element.initial_options',
    ],
    [
      'a checkboxes initial option not among the options',
      modal({ blocks: [input({ type: 'checkboxes', options: [opt('a')], initial_options: [opt('b')] })] }),
      'initial option is one of the options',
      'view.blocks[0].element.initial_options[0]',
    ],
    [
      'a radio initial option with another label',
      modal({ blocks: [input({ type: 'radio_buttons', options: [opt('a')], initial_option: { ...opt('a'), text: { type: 'plain_text', text: 'other' } } })] }),
      'initial option is one of the options',
      'view.blocks[0].element.initial_option',
    ],
    [
      'a select initial option not among the options',
      modal({ blocks: [input({ type: 'static_select', options: [opt('a')], initial_option: opt('z') })] }),
      'initial option is one of the options',
      'view.blocks[0].element.initial_option',
    ],
    [
      'inputs without submit',
      { type: 'modal', title: { type: 'plain_text', text: 'T' }, blocks: [input({ type: 'plain_text_input' })] },
      'a modal with inputs needs submit',
      'view.submit',
    ],
  ])('rejects %s', (_name, view, limit, path) => {
    const error = violation(() => assertValidModal(view));
    expect(error.limit).toBe(limit);
    expect(error.path).toBe(path);
  });

  it('collects only mrkdwn text, where Slack parses markup', () => {
    const view = modal({
      blocks: [section('*hi* <!here>'), input({ type: 'plain_text_input', initial_value: '<!channel>' })],
    });
    expect(collectMrkdwn(view)).toEqual(['*hi* <!here>']);
  });
});

describe('assertValidHomeView', () => {
  const home = (overrides: Record<string, unknown> = {}) => ({ type: 'home', blocks: [section('hi')], ...overrides });

  it('accepts a home tab of 100 blocks with buttons', () => {
    const blocks = [{ type: 'actions', elements: [button({ confirm: confirm() })] }, ...Array.from({ length: 99 }, () => ({ type: 'divider' }))];
    expect(() => assertValidHomeView(home({ blocks }))).not.toThrow();
  });

  it.each([
    ['a modal', { type: 'modal', title: { type: 'plain_text', text: 'T' }, blocks: [] }, 'view type', 'view.type'],
    ['101 blocks', home({ blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }), 'blocks per home tab', 'view.blocks'],
    ['a title', home({ title: { type: 'plain_text', text: 'T' } }), 'home tabs have no title, submit or close', 'view.title'],
    ['private_metadata over 3000', home({ private_metadata: 'm'.repeat(3001) }), 'private_metadata length', 'view.private_metadata'],
    ['a section over 3000', home({ blocks: [section('x'.repeat(3001))] }), 'section text length', 'view.blocks[0].text.text'],
    [
      'an input without dispatch',
      home({ blocks: [{ type: 'input', label: { type: 'plain_text', text: 'L' }, element: { type: 'plain_text_input', action_id: 'a' } }] }),
      'input blocks belong in modals',
      'view.blocks[0]',
    ],
  ])('rejects %s', (_name, view, limit, path) => {
    const error = violation(() => assertValidHomeView(view));
    expect(error.limit).toBe(limit);
    expect(error.path).toBe(path);
  });
});

describe('assertNoForeignControlSequences', () => {
  const ok = (json: string) => () => assertNoForeignControlSequences(json, ['U0OWNER001'], ['https://www.linkedin.com/in/priya']);

  it('allows the app’s own mentions, dates and profile links, and escaped markup', () => {
    expect(ok('"Forwarded by <@U0OWNER001> on <!date^1700000000^{date_short_pretty} at {time}|2023-11-14 22:13 UTC>"')).not.toThrow();
    expect(ok('":link: <https://www.linkedin.com/in/priya|linkedin.com/in/priya>"')).not.toThrow();
    expect(() => assertNoForeignControlSequences('":link: <https://www.xing.com/profile/Max_Mustermann|xing.com/profile/Max_Mustermann>"', [])).not.toThrow();
    expect(ok('"&lt;!here&gt; &amp;lt;!channel&amp;gt; a &amp; b > quote"')).not.toThrow();
  });

  it.each([
    ['<!channel>', 'no foreign control sequence'],
    ['<!here>', 'no foreign control sequence'],
    ['<!subteam^S1|@team>', 'no foreign control sequence'],
    ['<@U123>', 'no foreign mention'],
    ['<#C1>', 'no foreign control sequence'],
    ['<https://evil.example|click>', 'no foreign control sequence'],
    ['<https://www.linkedin.com/in/impostor|priya>', 'no foreign link'],
    ['<https://www.xing.com/profile/Impostor|priya>', 'no foreign link'],
    ['<https://www.xing.com/companies/northwind|Northwind>', 'no foreign control sequence'],
    ['a lone < sign', 'no foreign control sequence'],
  ])('rejects %j', (markup, limit) => {
    const error = violation(ok(`"hello ${markup}"`));
    expect(error.limit).toBe(limit);
    expect(error.message).toContain(markup.slice(0, 10));
  });
});
