import { z } from 'zod';
import { focusListProblem, parseFocusList } from '../../domain/focus.js';
import { minuteOfDay, SHORTEST_OWN_WORKING_DAY_MINUTES, THANK_YOU_DELAY_CHOICES, type ThankYouDelayChoice, type UserSettings } from '../../domain/settings.js';
import { cleanMultiLine, cleanText } from '../../domain/slack-text.js';
import { INPUTS, WEEKLY_REVIEW_ON } from '../../views/ids.js';
import { describeDays, FOCUS_TEXT_MAX, joinTerms } from '../../views/settings-modal.js';
import { teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { CARDS_REDRAWN_AFTER_REWEIGHING, type Reweighing } from '../../services/invitations/index.js';
import { respondVia } from '../../services/respond.js';
import type { SettingsSaved } from '../../services/settings.js';
import { describeSlackFailure } from '../../services/slack-errors.js';
import { ackModalOnceSaved, inputValue, keepModalOpen, responseUrlIn, tellSubmitterNotSaved, type StateValues, type ViewArgs } from './modal-context.js';

const DELAY_CODES = THANK_YOU_DELAY_CHOICES.map((choice) => choice.code) as [ThankYouDelayChoice, ...ThankYouDelayChoice[]];
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * Settings: validated (errors beside the fields), saved per person per workspace, Home refreshed.
 * A new focus weighs the waiting invitations again; their cards are redrawn after the person
 * has heard the save confirmed, long after the ack.
 */
export function settingsSubmitted(services: AppServices) {
  return async (args: ViewArgs): Promise<void> => {
    const { ack, body, view } = args;
    const teamId = teamIdOf(body);
    if (teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.focusIndustries.block]: 'Please reopen Settings and try again.' } });
      return;
    }
    // A cleared start or end time means the workspace's: the day is checked with it in place.
    const workspace = services.settings.settingsModel(teamId, body.user.id).workspace;
    const read = readSettings(view.state.values, workspace);
    if ('errors' in read) {
      await ack({ response_action: 'errors', errors: read.errors });
      return;
    }
    // Closed once saved: a failure before then keeps the form open, filled in (see ack-once-saved.ts).
    const acker = ackModalOnceSaved(args, services);
    let saved: SettingsSaved;
    try {
      // Hours and days equal to the workspace's are stored as "default", so they follow it if it changes.
      const settings: UserSettings = {
        ...read.settings,
        workStart: read.settings.workStart === workspace.workStart ? null : read.settings.workStart,
        workEnd: read.settings.workEnd === workspace.workEnd ? null : read.settings.workEnd,
        workDays: sameDays(read.settings.workDays, workspace.workDays) ? null : read.settings.workDays,
      };
      saved = await services.settings.saveSettings(teamId, body.user.id, settings);
      await acker.saved();
      await services.insights.publishHome(teamId, body.user.id);
      await confirmSaved(args, services, saved.reweighed);
    } catch (error) {
      if (await keepModalOpen(services, args, acker, error, 'Saving settings', INPUTS.focusIndustries.block)) return;
      const { focus, workStart, workEnd, workDays, thankYouDelay, weeklyReview } = read.settings;
      const delay = THANK_YOU_DELAY_CHOICES.find((choice) => choice.code === thankYouDelay)?.label ?? null;
      await tellSubmitterNotSaved(args, error, 'Saving settings', {
        what: 'your settings',
        entered: [
          { label: 'Industries', value: focus.industries.join(', ') },
          { label: 'Roles', value: focus.roles.join(', ') },
          { label: 'Keywords', value: focus.keywords.join(', ') },
          { label: 'In your own words', value: focus.freeText },
          // One time typed and the other left to the workspace's is still what they entered.
          {
            label: 'Working hours',
            value:
              workStart === null && workEnd === null
                ? null
                : `${workStart ?? `${workspace.workStart} (the workspace's start)`} to ${workEnd ?? `${workspace.workEnd} (the workspace's end)`}`,
          },
          { label: 'Working days', value: describeDays(workDays ?? []) },
          { label: 'Remind me to say thank you', value: delay },
          { label: 'Weekly review', value: weeklyReview ? 'On' : 'Off' },
        ],
        nextStep: 'Your settings are as they were. Open them again in a moment with `/invite-check settings`, or from my Home tab.',
      }, responseUrlIn(view, 'responseUrl', services.trustedResponseOrigins));
      return;
    } finally {
      await acker.saved();
    }
    // Saved and said: from here nothing is thrown, and a card that can't be redrawn is passed over.
    if (saved.reweighed !== null) await services.invitations.redrawReweighed(saved.reweighed.changed, saved.reweighed.markedAt);
  };
}

function readSettings(
  values: StateValues,
  workspace: { workStart: string; workEnd: string },
): { settings: UserSettings } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const start = time.safeParse(inputValue(values, INPUTS.workStart)?.selected_time);
  const end = time.safeParse(inputValue(values, INPUTS.workEnd)?.selected_time);
  const workStart = start.success ? start.data : null;
  const workEnd = end.success ? end.data : null;
  const dayMinutes = (minuteOfDay(workEnd ?? workspace.workEnd) ?? 0) - (minuteOfDay(workStart ?? workspace.workStart) ?? 0);
  // The workspace's own hours (WORKING_HOURS), as the form shows them, are its admin's to choose.
  const ownHours = (workStart ?? workspace.workStart) !== workspace.workStart || (workEnd ?? workspace.workEnd) !== workspace.workEnd;
  if (dayMinutes <= 0 || (ownHours && dayMinutes < SHORTEST_OWN_WORKING_DAY_MINUTES)) {
    const which = workStart === null ? ` (with the start left empty, your workspace's ${workspace.workStart})` : workEnd === null ? ` (with the end left empty, your workspace's ${workspace.workEnd})` : '';
    errors[INPUTS.workEnd.block] =
      dayMinutes <= 0
        ? `Your working day should end after it starts${which}.`
        : `Please give me at least an hour${which}: I look for your weekly review once an hour, and a shorter working day could miss it every week.`;
  }
  const dayValues = inputValue(values, INPUTS.workDays)?.selected_options?.map((option) => Number(option.value)) ?? [];
  const workDays = [...new Set(dayValues.filter((day) => Number.isInteger(day) && day >= 0 && day <= 6))].sort();
  if (workDays.length === 0) errors[INPUTS.workDays.block] = 'Pick at least one day, or reminders could never arrive.';
  for (const ids of [INPUTS.focusIndustries, INPUTS.focusRoles, INPUTS.focusKeywords]) {
    const problem = focusListTooLong(inputValue(values, ids)?.value);
    if (problem !== null) errors[ids.block] = problem;
  }
  const delay = z.enum(DELAY_CODES).safeParse(inputValue(values, INPUTS.thankYouDelay)?.selected_option?.value ?? 'workspace');
  if (!delay.success) errors[INPUTS.thankYouDelay.block] = 'Pick one of the choices.';
  if (Object.keys(errors).length > 0 || !delay.success) return { errors };
  const freeText = cleanMultiLine(inputValue(values, INPUTS.focusText)?.value ?? '', FOCUS_TEXT_MAX);
  return {
    settings: {
      focus: {
        industries: focusList(inputValue(values, INPUTS.focusIndustries)?.value),
        roles: focusList(inputValue(values, INPUTS.focusRoles)?.value),
        keywords: focusList(inputValue(values, INPUTS.focusKeywords)?.value),
        freeText: freeText === '' ? null : freeText,
      },
      workStart,
      workEnd,
      workDays,
      thankYouDelay: delay.data,
      weeklyReview: (inputValue(values, INPUTS.weeklyReview)?.selected_options ?? []).some((option) => option.value === WEEKLY_REVIEW_ON),
    },
  };
}

/**
 * The confirmation: what a new focus did to the waiting invitations, when there were any. A new
 * score or reason is told apart from a new recommendation, which is what the card's verdict shows.
 */
export function savedText(reweighed: Reweighing | null): string {
  const saved = ':white_check_mark: Your settings are saved.';
  if (reweighed === null || reweighed.weighed === 0) return `${saved} They count from your next check, thank-you reminder and review.`;
  const { weighed, newVerdicts } = reweighed;
  const changed = reweighed.changed.length;
  const which = weighed === 1 ? 'your waiting invitation' : `your ${weighed} waiting invitations`;
  let outcome: string;
  if (changed === 0) outcome = weighed === 1 ? '; it reads as before' : '; they all read as before';
  else if (weighed === 1) outcome = newVerdicts > 0 ? ': it has a new recommendation' : ': its score or reasons changed, but not its recommendation';
  else if (changed === 1) outcome = newVerdicts > 0 ? ': 1 has a new recommendation' : ': 1 has a new score or reasons, but the same recommendation';
  else if (newVerdicts === 0) outcome = `: ${changed} have a new score or reasons, but the same recommendation`;
  else if (newVerdicts === changed) outcome = `: ${changed} have a new score or reasons and a new recommendation`;
  else outcome = `: ${changed} have a new score or reasons, and ${newVerdicts} of them a new recommendation`;
  const later =
    changed > CARDS_REDRAWN_AFTER_REWEIGHING
      ? ` I'm updating the ${CARDS_REDRAWN_AFTER_REWEIGHING} newest cards now, and the others over the next few minutes.`
      : '';
  return `${saved} I weighed ${which} again with your new focus${outcome}.${later}`;
}

/** Confirms a save beside the command that opened the form; a failure to say so is only logged. */
async function confirmSaved({ view, logger }: ViewArgs, services: AppServices, reweighed: Reweighing | null): Promise<void> {
  const url = responseUrlIn(view, 'responseUrl', services.trustedResponseOrigins);
  if (url === null) return;
  try {
    await respondVia(url)({ response_type: 'ephemeral', text: savedText(reweighed) });
  } catch (error) {
    logger.warn('Could not confirm the saved settings', { failure: describeSlackFailure(error) });
  }
}

/**
 * Terms that would not be saved as typed, or not shown in full when the form opens again (where
 * the next save would drop what is not shown).
 */
function focusListTooLong(value: string | null | undefined): string | null {
  const problem = focusListProblem(cleanText(value ?? ''));
  if (problem !== null) return problem;
  const terms = focusList(value);
  return joinTerms(terms) === terms.join(', ') ? null : 'Too long to show again in full: shorten a term or two.';
}

/** Focus terms are shown back on cards (in the reasons), so they get the cleaning all typed text gets. */
function focusList(value: string | null | undefined): string[] {
  return parseFocusList(cleanText(value ?? ''));
}

function sameDays(a: readonly number[] | null, b: readonly number[]): boolean {
  return a !== null && a.length === b.length && [...a].sort().every((day, i) => day === [...b].sort()[i]);
}
