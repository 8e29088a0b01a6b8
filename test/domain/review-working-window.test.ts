import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, personalWorkingWindow, reviewWorkingWindow, type UserSettings } from '../../src/domain/settings.js';
import { workingWindow } from '../../src/domain/schedule.js';

const WORKSPACE = workingWindow('09:00-18:00', 'mon-fri');

function hours(settings: Partial<UserSettings>, workspace = WORKSPACE): [number, number] {
  const window = reviewWorkingWindow({ ...DEFAULT_SETTINGS, ...settings }, workspace);
  return [window.startMinute, window.endMinute];
}

describe('the window a weekly review is looked for in', () => {
  it('is the person’s working window when it is an hour or more', () => {
    expect(hours({})).toEqual([540, 1080]);
    expect(hours({ workStart: '10:30', workEnd: '11:30' })).toEqual([630, 690]);
    expect(hours({ workStart: '10:00' })).toEqual([600, 1080]);
    const settings = { ...DEFAULT_SETTINGS, workStart: '07:00', workEnd: '15:00', workDays: [0, 1, 2, 3, 4] };
    expect(reviewWorkingWindow(settings, WORKSPACE)).toEqual(personalWorkingWindow(settings, WORKSPACE));
  });

  it('runs an hour from the start of own hours saved shorter than an hour, on the same days', () => {
    expect(hours({ workStart: '09:00', workEnd: '09:30' })).toEqual([540, 600]);
    // One time of their own, the other the workspace's.
    expect(hours({ workStart: '17:45' })).toEqual([1065, 1125]);
    expect(reviewWorkingWindow({ ...DEFAULT_SETTINGS, workStart: '09:00', workEnd: '09:30', workDays: [2, 4] }, WORKSPACE).days).toEqual(new Set([2, 4]));
  });

  it('ends at midnight at the latest: an hour before it, for a short day late in the evening', () => {
    expect(hours({ workStart: '23:30', workEnd: '23:45' })).toEqual([1380, 1440]);
  });

  it('leaves the workspace’s own short hours as they are: they suit its sweeps (WORKING_HOURS is checked against DIGEST_CRON)', () => {
    const short = workingWindow('09:00-09:30', 'mon-fri');
    expect(hours({}, short)).toEqual([540, 570]);
  });
});
