import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { THANK_YOU_DELAY_CHOICES } from '../domain/settings.js';
import { firstWorkingDay } from '../domain/review.js';
import { wellFormed } from '../domain/slack-text.js';
import { option, plainString, section } from './blocks.js';
import { LIMITS, truncate } from './format.js';
import { INPUTS, VIEWS, WEEKLY_REVIEW_ON } from './ids.js';
import type { SettingsModel } from './models.js';

export const FOCUS_TERMS_MAX = 300;
export const FOCUS_TEXT_MAX = 500;

/** Day numbers as stored (0 = Sunday … 6 = Saturday), in the order a working week reads. */
const WEEK_ORDER: readonly number[] = [1, 2, 3, 4, 5, 6, 0];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The settings form. `responseUrl`: where the command that opened it can be answered, to confirm
 * the save there (the Home tab shows a save by redrawing itself).
 */
export function settingsModal(model: SettingsModel, responseUrl: string | null = null): ModalView {
  const { current, workspace } = model;
  const blocks: KnownBlock[] = [
    section(
      "*What you're looking for*\nThe recommendation favours invitations that match these. " +
        'Separate several with commas; leave a field empty if it does not matter to you.',
    ),
    termsInput(INPUTS.focusIndustries, 'Industries', current.focus.industries, 'e.g. fintech, healthcare, developer tools'),
    termsInput(INPUTS.focusRoles, 'Roles', current.focus.roles, 'e.g. data engineer, head of partnerships'),
    termsInput(INPUTS.focusKeywords, 'Keywords', current.focus.keywords, 'e.g. open source, Berlin, climate'),
    focusTextInput(current.focus.freeText),
    { type: 'divider' },
    section('*When I may message you*\nThank-you reminders and your weekly review arrive only within these hours and on these days, in your own time zone.'),
    timeInput(INPUTS.workStart, 'Start of your working day', current.workStart, workspace.workStart),
    timeInput(INPUTS.workEnd, 'End of your working day', current.workEnd, workspace.workEnd),
    daysInput(current.workDays, workspace.workDays),
    delayInput(current.thankYouDelay, workspace.delayLabel),
    { type: 'divider' },
    weeklyReviewInput(current.weeklyReview),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.settings,
    ...(responseUrl === null ? {} : { private_metadata: truncate(JSON.stringify({ responseUrl }), LIMITS.privateMetadata) }),
    title: { type: 'plain_text', text: 'Your settings' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/**
 * The terms joined by commas, keeping only whole terms that fit: a term cut in half would be saved
 * back as a different term.
 */
export function joinTerms(terms: readonly string[], max: number = FOCUS_TERMS_MAX): string {
  let joined = '';
  for (const term of terms.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '')) {
    const next = joined === '' ? term : `${joined}, ${term}`;
    if (next.length > max) break;
    joined = next;
  }
  return joined;
}

function termsInput(ids: { block: string; action: string }, label: string, terms: readonly string[], placeholder: string): InputBlock {
  const initial = joinTerms(terms);
  return {
    type: 'input',
    block_id: ids.block,
    optional: true,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'plain_text_input',
      action_id: ids.action,
      max_length: FOCUS_TERMS_MAX,
      placeholder: { type: 'plain_text', text: placeholder },
      ...(initial !== '' ? { initial_value: wellFormed(initial) } : {}),
    },
  };
}

function focusTextInput(freeText: string | null): InputBlock {
  const initial = freeText?.trim() ? truncate(freeText.trim(), FOCUS_TEXT_MAX) : '';
  return {
    type: 'input',
    block_id: INPUTS.focusText.block,
    optional: true,
    label: { type: 'plain_text', text: 'In your own words' },
    element: {
      type: 'plain_text_input',
      action_id: INPUTS.focusText.action,
      multiline: true,
      max_length: FOCUS_TEXT_MAX,
      placeholder: { type: 'plain_text', text: 'e.g. People building data products in Europe' },
      ...(initial !== '' ? { initial_value: wellFormed(initial) } : {}),
    },
  };
}

function timeInput(ids: { block: string; action: string }, label: string, current: string | null, workspaceDefault: string): InputBlock {
  // A stored value Slack would refuse falls back to the workspace default, and that to no initial time.
  const initial = [current, workspaceDefault].find((value): value is string => value !== null && TIME.test(value));
  return {
    type: 'input',
    block_id: ids.block,
    optional: true,
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: `The workspace default is ${plainString(workspaceDefault, 20)}.` },
    element: { type: 'timepicker', action_id: ids.action, ...(initial ? { initial_time: initial } : {}) },
  };
}

function dayOption(day: number): PlainTextOption {
  return option(DAY_NAMES[day] ?? String(day), String(day));
}

function daysInput(current: readonly number[] | null, workspaceDefault: readonly number[]): InputBlock {
  const options = WEEK_ORDER.map(dayOption);
  // No days of their own (or none stored) means the workspace's, as personalWorkingWindow reads them.
  const chosen = new Set(current !== null && current.length > 0 ? current : workspaceDefault);
  // Slack refuses an empty initial_options, so "no day chosen" is shown by leaving it out.
  const initial = options.filter((choice) => chosen.has(Number(choice.value)));
  return {
    type: 'input',
    block_id: INPUTS.workDays.block,
    optional: true,
    label: { type: 'plain_text', text: 'Working days' },
    hint: { type: 'plain_text', text: `The workspace default is ${describeDays(workspaceDefault)}.` },
    element: { type: 'checkboxes', action_id: INPUTS.workDays.action, options, ...(initial.length > 0 ? { initial_options: initial } : {}) },
  };
}

/** Days in week order, with runs of three or more written as a range: "Mon–Fri", "Mon, Wed, Fri". */
export function describeDays(days: readonly number[]): string {
  const chosen = WEEK_ORDER.filter((day) => days.includes(day));
  if (chosen.length === 0) return 'no days';
  if (chosen.length === 7) return 'every day';
  // From the working week's first day, so a week that runs over the weekend reads as one stretch:
  // "Fri–Mon" and "Sun–Thu", not "Mon, Fri–Sun" and "Mon–Thu, Sun".
  const first = firstWorkingDay(new Set(chosen));
  const inWeek = [0, 1, 2, 3, 4, 5, 6].map((offset) => (first + offset) % 7).filter((day) => chosen.includes(day));
  const runs: number[][] = [];
  for (const day of inWeek) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous !== undefined && (previous + 1) % 7 === day) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => {
      const first = run[0] ?? 0;
      const last = run.at(-1) ?? first;
      return run.length >= 3 ? [`${DAY_NAMES[first]}–${DAY_NAMES[last]}`] : run.map((day) => DAY_NAMES[day] ?? String(day));
    })
    .join(', ');
}

function delayInput(current: string, workspaceLabel: string): InputBlock {
  const options = THANK_YOU_DELAY_CHOICES.map((choice) =>
    // "currently": next to "The next morning", a bare "(the next morning)" reads as a second copy of it.
    choice.code === 'workspace' ? option(`${choice.label} (currently: ${plainString(workspaceLabel, 44)})`, choice.code) : option(choice.label, choice.code),
  );
  const initial = options.find((choice) => choice.value === current);
  return {
    type: 'input',
    block_id: INPUTS.thankYouDelay.block,
    optional: true,
    label: { type: 'plain_text', text: 'Remind me to say thank you' },
    element: { type: 'static_select', action_id: INPUTS.thankYouDelay.action, options, ...(initial ? { initial_option: initial } : {}) },
  };
}

function weeklyReviewInput(on: boolean): InputBlock {
  const choice = option('Send me a weekly review at the start of my working week', WEEKLY_REVIEW_ON);
  return {
    type: 'input',
    block_id: INPUTS.weeklyReview.block,
    optional: true,
    label: { type: 'plain_text', text: 'Weekly review' },
    hint: { type: 'plain_text', text: 'What is still waiting, which thank-yous are owed, and what you decided since the last one.' },
    element: { type: 'checkboxes', action_id: INPUTS.weeklyReview.action, options: [choice], ...(on ? { initial_options: [choice] } : {}) },
  };
}
