import type { KnownBlock } from '@slack/types';
import { mrkdwn, plural, truncate } from './format.js';

/** The ephemeral usage message for `/invite-check help` and any unknown sub-command (with the one it nearly spells). */
export function helpMessage(
  command = '/invite-check',
  unknown: string | null = null,
  retentionDays = 180,
  suggestion: string | null = null,
): { text: string; blocks: KnownBlock[] } {
  const didYouMean = suggestion === null ? '' : ` Did you mean \`${command} ${suggestion}\`?`;
  const intro = unknown
    ? `I don't know the sub-command \`${truncate(unknown.replace(/[`<>&]/g, ''), 100)}\`.${didYouMean} Here is what I can do:`
    : '*invite-check* helps you decide on connection invitations with your team, and remembers who you ignored and why.';
  const usage = [
    `• \`${command}\` opens a form to enter an invitation.`,
    // `<` and `>` are Slack markup even inside code: written as entities, they show as typed.
    `• \`${command} &lt;pasted invitation&gt;\` reads an invitation you copied from the email or the web page.`,
    `• \`${command} Name | Headline | 14 mutual | linkedin.com/in/… | note\` is the one-line form (later fields are optional).`,
    '• *Check this invitation*, in the *⋯* menu of any message, reads that message, or an invitation email forwarded to Slack, the same way.',
    `• \`${command} settings\` sets what you're looking for, your working hours, the thank-you delay and the weekly review.`,
    `• \`${command} ignored\` lists the people you ignored, declined or blocked, with your reasons, so you can reconsider.`,
    `• \`${command} review\` shows what needs your attention; \`${command} stats\` shows your numbers.`,
    `• \`${command} forget &lt;profile URL or name&gt;\` removes one person from your records; \`${command} forget-me\` removes everything about you; \`${command} export\` sends you your records as CSV files.`,
    `• \`${command} help\` shows this message.`,
  ].join('\n');
  const example = [
    '*Example*',
    '```',
    `${command} Priya Raman`,
    'Head of Data Partnerships at Northwind Analytics',
    '"Hi Sam, we met at the Data Council panel last week - would love to stay in touch."',
    '14 mutual connections',
    'https://www.linkedin.com/in/priya-raman-data',
    '```',
  ].join('\n');
  const after =
    'I post a card in this channel with my recommendation and the reasons. You decide: *Accept*, *Ignore*, ' +
    '*Decline politely* or *Block*, and can change your mind later. ' +
    // A first user asks whether Accept here accepts on the network: it does not, and the help says so.
    'I only record your decision, for you and your team: accept or ignore the invitation on the network yourself. ' +
    'Teammates can say *I know them* or give a *Heads-up*. ' +
    'After you accept, I send you a thank-you reminder by DM during your working hours, with a ready-to-send note. ' +
    `Details of people you ignore, decline or block are kept for ${plural(retentionDays, 'day', 'days')}; after that I keep only the decision and its date, and I blank its card in Slack wherever Slack still lets me.`;
  return {
    text: unknown ? `Unknown sub-command. Try ${command} help.` : `How to use ${command}`,
    blocks: [
      { type: 'section', text: mrkdwn(intro) },
      { type: 'section', text: mrkdwn(usage) },
      { type: 'section', text: mrkdwn(example) },
      { type: 'context', elements: [mrkdwn(after)] },
    ],
  };
}
