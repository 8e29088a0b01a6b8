/**
 * How the workspace's thank-you delay (THANK_YOU_DELAY_MINUTES) reads in the settings form's
 * "Workspace default (currently: …)" and on the Home tab: in the words the form's own choices use,
 * and never "1 minutes later".
 */
import { describe, expect, it } from 'vitest';
import { createRepos } from '../../src/db/repos.js';
import { readSettingsModel } from '../../src/services/settings.js';
import { tempDatabase } from '../support/temp-db.js';

function delayLabel(thankYouDelayMinutes: number | null): string {
  const database = tempDatabase();
  try {
    const settings = { thankYouDelayMinutes, workingWindow: { startMinute: 540, endMinute: 1080, days: new Set([1, 2, 3, 4, 5]) } };
    return readSettingsModel({ repos: createRepos(database.db), settings }, 'T0TEAM0001', 'U0OWNER001').workspace.delayLabel;
  } finally {
    database.cleanup();
  }
}

describe("the workspace's thank-you delay, in words", () => {
  it.each([
    [null, 'the next morning'],
    [0, 'right away'],
    [1, '1 minute later'],
    [45, '45 minutes later'],
    [60, 'an hour later'],
    [240, '4 hours later'],
    [90, '90 minutes later'],
    // "A day later" is the form's own choice for 1,440 minutes: the default reads the same.
    [1440, 'a day later'],
    [2880, '2 days later'],
    [2160, '36 hours later'],
    [43200, '30 days later'],
  ])('%s minutes → "%s"', (minutes, label) => {
    expect(delayLabel(minutes)).toBe(label);
  });
});
