// A second process running the real, built thank-you sweep against a shared SQLite file:
// node test/support/sweep-process.mjs <databasePath> <slackApiUrl> <nowIso> <batchSize> [concurrency] [token]
// Prints the sweep report as JSON on stdout. concurrency defaults to 2 (owners served at once);
// token (the bot token it sends) lets a test tell two such processes' calls apart.
import { WebClient } from '@slack/web-api';

const [databasePath, slackApiUrl, nowIso, batchSize, concurrency = '2', token = 'xoxb-second-process'] = process.argv.slice(2);
const dist = new URL('../../dist/', import.meta.url);
const { openDatabase } = await import(new URL('db/open.js', dist).href);
const { createNudgesRepo } = await import(new URL('db/nudges-repo.js', dist).href);
const { createSlackUsersRepo } = await import(new URL('db/slack-users-repo.js', dist).href);
const { createSettingsRepo } = await import(new URL('db/settings-repo.js', dist).href);
const { createSlackUserDirectory } = await import(new URL('services/slack-users.js', dist).href);
const { sweepThankYous } = await import(new URL('jobs/thank-you-sweep.js', dist).href);
const { parseWorkingDays, parseWorkingHours } = await import(new URL('domain/schedule.js', dist).href);
const { JsonLogger } = await import(new URL('logger.js', dist).href);

const db = openDatabase(databasePath);
const logger = new JsonLogger('error', process.stderr);
const client = new WebClient(token, { slackApiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, logger });
const report = await sweepThankYous(
  {
    nudges: createNudgesRepo(db),
    personalSettings: createSettingsRepo(db),
    client,
    users: createSlackUserDirectory({ users: createSlackUsersRepo(db), client, logger }),
    logger,
    settings: { thankYouDelayMinutes: 0, workingWindow: { ...parseWorkingHours('00:00-24:00'), days: parseWorkingDays('mon-sun') } },
    options: { batchSize: Number(batchSize), concurrency: Number(concurrency) },
  },
  new Date(nowIso),
);
db.close();
process.stdout.write(JSON.stringify(report));
