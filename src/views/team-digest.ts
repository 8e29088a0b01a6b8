import type { KnownBlock } from '@slack/types';
import { context, displayName, joinWithin, section, STATUS_EMOJI } from './blocks.js';
import { inertText, LIMITS, mention, plural, text } from './format.js';
import type { TeamDigestModel } from './models.js';

export const DIGEST_CONNECTIONS_SHOWN = 20;

/**
 * The optional weekly digest in a team channel: counts, and who connected with whom. It never says
 * why anyone was ignored, declined or blocked: those reasons are the owner's, not the channel's.
 */
export function teamDigestMessage(model: TeamDigestModel): { text: string; blocks: KnownBlock[] } {
  // The digest covers the seven days before it became due (InsightsService.teamDigest): a week gone by.
  const week = text(model.weekLabel, 200) || 'last week';
  const { counts } = model;
  // Decided in the week (whenever they were checked), and checked in it but undecided at its end:
  // adding them up as "checked" counted earlier weeks' invitations decided in this one.
  const decided = counts.accepted + counts.ignored + counts.declined + counts.blocked;
  // Redrawn after a forgetting took every record of its days (see teamDigestAsItStands): no rows of noughts.
  if (decided + counts.pending + Math.max(model.connectionsTotal, model.connections.length) === 0) {
    const line = `Nothing from ${week} is left to show: the records it summed up have been removed.`;
    return {
      text: `The team's invitations, ${week}: nothing left to show`,
      blocks: [section(`:busts_in_silhouette: *The team's invitations, ${week}*`), section(line), context('Sent once a week by invite-check.')],
    };
  }
  const blocks: KnownBlock[] = [
    section(`:busts_in_silhouette: *The team's invitations, ${week}*`),
    section(
      `${decided === 0 ? 'No invitations' : plural(decided, 'invitation', 'invitations')} decided: ` +
        `${STATUS_EMOJI.accepted} ${counts.accepted} accepted · ${STATUS_EMOJI.ignored} ${counts.ignored} ignored · ` +
        `${STATUS_EMOJI.declined} ${counts.declined} declined · ${STATUS_EMOJI.blocked} ${counts.blocked} blocked\n` +
        `${STATUS_EMOJI.pending} ${counts.pending} checked and still waiting at the week's end`,
    ),
    connectionsSection(model),
    context("Sent once a week by invite-check. Only who connected is shared here, never anyone's reasons."),
  ];
  return { text: `The team's invitations, ${week}: ${decided} decided, ${counts.accepted} accepted`, blocks };
}

function connectionsSection(model: TeamDigestModel): KnownBlock {
  const total = Math.max(model.connectionsTotal, model.connections.length);
  // Not "this week": the digest is about a week gone by, and may be posted days after it ended.
  if (total === 0) return section('*New connections*\nNo new connections.');
  const lines = model.connections
    .slice(0, DIGEST_CONNECTIONS_SHOWN)
    .map((connection) => `• ${mention(connection.ownerId)} connected with *${inertText(displayName(connection.name), 100)}*`);
  return section(joinWithin('*New connections*', lines, total, LIMITS.sectionText));
}
