import type { ModalView } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, THANK_YOU_DELAY_CHOICES, type UserSettings } from '../../src/domain/settings.js';
import { INPUTS, VIEWS, WEEKLY_REVIEW_ON } from '../../src/views/ids.js';
import type { SettingsModel } from '../../src/views/models.js';
import { describeDays, FOCUS_TERMS_MAX, FOCUS_TEXT_MAX, joinTerms, settingsModal } from '../../src/views/settings-modal.js';
import { untrustedText } from '../support/hostile-text.js';
import { checkedModal, input, inputs } from './view-helpers.js';

const WORKSPACE: SettingsModel['workspace'] = { workStart: '09:00', workEnd: '18:00', workDays: [1, 2, 3, 4, 5], delayLabel: 'the next morning' };

function modal(current: Partial<UserSettings> = {}, workspace: Partial<SettingsModel['workspace']> = {}): ModalView {
  return checkedModal(settingsModal({ current: { ...DEFAULT_SETTINGS, ...current }, workspace: { ...WORKSPACE, ...workspace } }));
}

function element(view: ModalView, blockId: string) {
  return input(view, blockId).element;
}

function textValue(view: ModalView, blockId: string): string | undefined {
  const el = element(view, blockId);
  return el.type === 'plain_text_input' ? el.initial_value : 'not a text input';
}

function initialTime(view: ModalView, blockId: string): string | undefined {
  const el = element(view, blockId);
  return el.type === 'timepicker' ? el.initial_time : 'not a timepicker';
}

function checkedValues(view: ModalView, blockId: string): string[] | undefined {
  const el = element(view, blockId);
  if (el.type !== 'checkboxes') throw new Error('not checkboxes');
  return el.initial_options?.map((option) => option.value ?? '');
}

describe('settingsModal', () => {
  it('has every setting, all optional, in order', () => {
    const view = modal();
    expect(view.callback_id).toBe(VIEWS.settings);
    expect(view.submit).toEqual({ type: 'plain_text', text: 'Save' });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(inputs(view).map((block) => [block.block_id, block.element.action_id, block.element.type, block.optional])).toEqual([
      [INPUTS.focusIndustries.block, INPUTS.focusIndustries.action, 'plain_text_input', true],
      [INPUTS.focusRoles.block, INPUTS.focusRoles.action, 'plain_text_input', true],
      [INPUTS.focusKeywords.block, INPUTS.focusKeywords.action, 'plain_text_input', true],
      [INPUTS.focusText.block, INPUTS.focusText.action, 'plain_text_input', true],
      [INPUTS.workStart.block, INPUTS.workStart.action, 'timepicker', true],
      [INPUTS.workEnd.block, INPUTS.workEnd.action, 'timepicker', true],
      [INPUTS.workDays.block, INPUTS.workDays.action, 'checkboxes', true],
      [INPUTS.thankYouDelay.block, INPUTS.thankYouDelay.action, 'static_select', true],
      [INPUTS.weeklyReview.block, INPUTS.weeklyReview.action, 'checkboxes', true],
    ]);
  });

  it('limits the focus inputs: single-line terms and multi-line free text', () => {
    const view = modal();
    for (const ids of [INPUTS.focusIndustries, INPUTS.focusRoles, INPUTS.focusKeywords]) {
      const el = element(view, ids.block);
      expect(el.type === 'plain_text_input' ? [el.max_length, el.multiline ?? false] : null).toEqual([FOCUS_TERMS_MAX, false]);
    }
    expect(element(view, INPUTS.focusText.block)).toEqual(expect.objectContaining({ max_length: FOCUS_TEXT_MAX, multiline: true }));
    expect([FOCUS_TERMS_MAX, FOCUS_TEXT_MAX]).toEqual([300, 500]);
  });

  it('pre-fills the focus, terms joined by commas, literally', () => {
    const view = modal({ focus: { industries: ['fintech', 'R&D <labs>'], roles: ['CTO'], keywords: [], freeText: 'Data people\nin Europe' } });
    expect(textValue(view, INPUTS.focusIndustries.block)).toBe('fintech, R&D <labs>');
    expect(textValue(view, INPUTS.focusRoles.block)).toBe('CTO');
    expect(textValue(view, INPUTS.focusKeywords.block)).toBeUndefined();
    expect(textValue(view, INPUTS.focusText.block)).toBe('Data people\nin Europe');
  });

  it('pre-fills only whole terms that fit, and a long free text cut to its limit', () => {
    const terms = Array.from({ length: 40 }, (_, i) => `term number ${i}`);
    const view = modal({ focus: { industries: terms, roles: [], keywords: [], freeText: 'y'.repeat(900) } });
    const joined = textValue(view, INPUTS.focusIndustries.block) ?? '';
    expect(joined.length).toBeLessThanOrEqual(FOCUS_TERMS_MAX);
    expect(joined.split(', ').every((term) => terms.includes(term))).toBe(true);
    expect(textValue(view, INPUTS.focusText.block)).toHaveLength(FOCUS_TEXT_MAX);
  });

  it('shows the workspace hours and days when none are set, and names them in hints', () => {
    const view = modal();
    expect(initialTime(view, INPUTS.workStart.block)).toBe('09:00');
    expect(initialTime(view, INPUTS.workEnd.block)).toBe('18:00');
    expect(input(view, INPUTS.workStart.block).hint?.text).toBe('The workspace default is 09:00.');
    expect(input(view, INPUTS.workEnd.block).hint?.text).toBe('The workspace default is 18:00.');
    expect(checkedValues(view, INPUTS.workDays.block)).toEqual(['1', '2', '3', '4', '5']);
    expect(input(view, INPUTS.workDays.block).hint?.text).toBe('The workspace default is Mon–Fri.');
  });

  it('shows the person’s own hours and days, Monday first', () => {
    const view = modal({ workStart: '07:30', workEnd: '15:45', workDays: [0, 6, 3] });
    expect(initialTime(view, INPUTS.workStart.block)).toBe('07:30');
    expect(initialTime(view, INPUTS.workEnd.block)).toBe('15:45');
    expect(checkedValues(view, INPUTS.workDays.block)).toEqual(['3', '6', '0']);
    const days = element(view, INPUTS.workDays.block);
    expect(days.type === 'checkboxes' ? days.options.map((option) => [option.value, option.text.text]) : null).toEqual([
      ['1', 'Mon'],
      ['2', 'Tue'],
      ['3', 'Wed'],
      ['4', 'Thu'],
      ['5', 'Fri'],
      ['6', 'Sat'],
      ['0', 'Sun'],
    ]);
  });

  it('leaves out what Slack would refuse: no days chosen, a malformed time', () => {
    const view = modal({ workDays: [], workStart: '9am', workEnd: '25:00' }, { workEnd: 'late', workDays: [] });
    expect(checkedValues(view, INPUTS.workDays.block)).toBeUndefined();
    expect(initialTime(view, INPUTS.workStart.block)).toBe('09:00');
    expect(initialTime(view, INPUTS.workEnd.block)).toBeUndefined();
  });

  it('checks the workspace’s days for stored days that are none, as the reminders and the Home tab use them', () => {
    // Saved unchanged, the form would otherwise be refused ("Pick at least one day").
    expect(checkedValues(modal({ workDays: [] }), INPUTS.workDays.block)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('offers every delay, explaining the workspace default, with the current one selected', () => {
    const view = modal({ thankYouDelay: '240' });
    const delay = element(view, INPUTS.thankYouDelay.block);
    if (delay.type !== 'static_select') throw new Error('not a select');
    expect(delay.options?.map((option) => option.value)).toEqual(THANK_YOU_DELAY_CHOICES.map((choice) => choice.code));
    expect(delay.options?.[0]?.text.text).toBe('Workspace default (currently: the next morning)');
    expect(delay.options?.[2]?.text.text).toBe('Right away');
    expect(delay.initial_option?.value).toBe('240');
    const byDefault = element(modal(), INPUTS.thankYouDelay.block);
    expect(byDefault.type === 'static_select' ? byDefault.initial_option?.text.text : null).toBe('Workspace default (currently: the next morning)');
    // The feature has one name where people see it: a thank-you reminder, never a "nudge".
    expect(JSON.stringify(view)).not.toMatch(/nudge/i);
    expect(JSON.stringify(view)).toContain('Thank-you reminders and your weekly review arrive only within these hours');
  });

  it('ticks the weekly review only when it is on', () => {
    const on = modal({ weeklyReview: true });
    const el = element(on, INPUTS.weeklyReview.block);
    expect(el.type === 'checkboxes' ? el.options.map((option) => [option.value, option.text.text]) : null).toEqual([
      [WEEKLY_REVIEW_ON, 'Send me a weekly review at the start of my working week'],
    ]);
    expect(checkedValues(on, INPUTS.weeklyReview.block)).toEqual([WEEKLY_REVIEW_ON]);
    expect(checkedValues(modal({ weeklyReview: false }), INPUTS.weeklyReview.block)).toBeUndefined();
  });

  it('stays valid for any focus text and workspace label (property)', () => {
    const terms = fc.array(untrustedText, { maxLength: 30 });
    fc.assert(
      fc.property(terms, terms, fc.option(untrustedText, { nil: null }), untrustedText, (industries, keywords, freeText, delayLabel) => {
        modal({ focus: { industries, roles: [], keywords, freeText } }, { delayLabel });
      }),
    );
  });
});

describe('joinTerms', () => {
  it('joins whole terms within the limit, skipping blanks', () => {
    expect(joinTerms(['a', ' ', 'b  c', ''])).toBe('a, b c');
    expect(joinTerms(['abc', 'def', 'ghi'], 8)).toBe('abc, def');
    expect(joinTerms(['toolongterm'], 5)).toBe('');
  });
});

describe('describeDays', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Mon–Fri'],
    [[1, 3, 5], 'Mon, Wed, Fri'],
    [[0, 1, 2, 3, 4, 5, 6], 'every day'],
    [[6, 0], 'Sat, Sun'],
    [[4, 5, 6, 0], 'Thu–Sun'],
    [[1, 2, 4, 5, 6], 'Mon, Tue, Thu–Sat'],
    [[5, 6, 0, 1], 'Fri–Mon'],
    [[0, 1, 2, 3, 4], 'Sun–Thu'],
    [[6, 0, 1, 3], 'Sat–Mon, Wed'],
    [[], 'no days'],
  ])('describes %j as %j', (days, described) => {
    expect(describeDays(days)).toBe(described);
  });
});
