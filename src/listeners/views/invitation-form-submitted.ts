import { z } from 'zod';
import { normaliseProfileUrl } from '../../domain/profile-url.js';
import { cleanMultiLine, cleanSingleLine } from '../../domain/slack-text.js';
import { FIELD_LIMITS, SOURCES } from '../../views/invitation-modal.js';
import { INPUTS } from '../../views/ids.js';
import { reopenFormValue } from '../../views/unsaved-input.js';
import { slackChannelId, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { tellInputNotSaved } from '../unsaved-input.js';
import { parseJson, type StateValues, type ViewArgs } from './modal-context.js';


const optionalLine = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ? cleanSingleLine(value, max) : ''))
    .transform((value) => (value === '' ? null : value));

const formSchema = z.object({
  name: z
    .string()
    .nullish()
    .transform((value) => cleanSingleLine(value ?? '', FIELD_LIMITS.name))
    .pipe(z.string().min(1, { error: 'Please enter their name.' })),
  headline: optionalLine(FIELD_LIMITS.headline),
  company: optionalLine(FIELD_LIMITS.company),
  profileUrl: optionalLine(FIELD_LIMITS.profileUrl).transform((value, ctx) => {
    if (value === null) return null;
    const normalised = normaliseProfileUrl(value);
    if (normalised === null) {
      ctx.addIssue({ code: 'custom', message: 'That doesn’t look like a LinkedIn profile address (linkedin.com/in/…).' });
      return z.NEVER;
    }
    return normalised;
  }),
  mutualConnections: z
    .string()
    .nullish()
    .transform((value) => (value ? value.trim() : ''))
    .pipe(
      z.union([
        z.literal('').transform(() => null),
        z.coerce.number<string>({ error: 'Please enter a whole number.' }).int({ error: 'Please enter a whole number.' }).min(0, { error: 'Mutual connections cannot be negative.' }).max(100_000, { error: 'That is more mutual connections than I can believe.' }),
      ]),
    ),
  note: z
    .string()
    .nullish()
    .transform((value) => (value ? cleanMultiLine(value, FIELD_LIMITS.note) : ''))
    .transform((value) => (value === '' ? null : value)),
  source: z.enum(SOURCES).nullish().transform((value) => value ?? null),
});

const FIELD_BLOCKS: Record<keyof z.input<typeof formSchema>, string> = {
  name: INPUTS.name.block,
  headline: INPUTS.headline.block,
  company: INPUTS.company.block,
  profileUrl: INPUTS.profileUrl.block,
  mutualConnections: INPUTS.mutualConnections.block,
  note: INPUTS.note.block,
  source: INPUTS.source.block,
};

const contextSchema = z.object({
  channelId: slackChannelId,
  responseUrl: z.string().max(500).nullable(),
});

/** The invitation form: validated here (errors shown beside the fields), then checked like a pasted one. */
export function invitationFormSubmitted(services: AppServices) {
  return async ({ ack, body, view, client, logger }: ViewArgs): Promise<void> => {
    const form = formSchema.safeParse(readForm(view.state.values));
    if (!form.success) {
      const errors: Record<string, string> = {};
      for (const issue of form.error.issues) {
        const field = issue.path[0] as keyof typeof FIELD_BLOCKS | undefined;
        const block = field ? FIELD_BLOCKS[field] : INPUTS.name.block;
        errors[block] ??= issue.message;
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    const context = contextSchema.safeParse(parseJson(view.private_metadata));
    const teamId = teamIdOf(body);
    if (!context.success || teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.name.block]: 'This form is out of date. Close it and run /invite-check again.' } });
      return;
    }
    await ack();
    const { source, ...fields } = form.data;
    const responseUrl = trustedResponseUrl(context.data.responseUrl, services.trustedResponseOrigins);
    try {
      await services.invitations.checkInvitation({
        teamId,
        ownerId: body.user.id,
        channelId: context.data.channelId,
        fields,
        source,
        requestKey: `view:${view.id}`,
        responseUrl,
      });
    } catch (error) {
      await tellInputNotSaved({
        client,
        logger,
        userId: body.user.id,
        responseUrl,
        error,
        failed: 'Checking an invitation from the form',
        message: {
          what: 'the invitation you entered',
          entered: [
            { label: 'Name', value: fields.name },
            { label: 'Headline or role', value: fields.headline },
            { label: 'Company', value: fields.company },
            { label: 'Profile URL', value: fields.profileUrl },
            { label: 'Mutual connections', value: fields.mutualConnections },
            { label: 'Their note', value: fields.note },
            { label: 'Where it came from', value: source },
          ],
          reopenValue: reopenFormValue(context.data.channelId, { ...fields, source }),
          nextStep: 'Use *Open the form again* in a moment: it comes back filled in, ready to check.',
        },
      });
    }
  };
}

function readForm(values: StateValues) {
  const read = (ids: { block: string; action: string }) => values[ids.block]?.[ids.action];
  return {
    name: read(INPUTS.name)?.value,
    headline: read(INPUTS.headline)?.value,
    company: read(INPUTS.company)?.value,
    profileUrl: read(INPUTS.profileUrl)?.value,
    mutualConnections: read(INPUTS.mutualConnections)?.value,
    note: read(INPUTS.note)?.value,
    source: read(INPUTS.source)?.selected_option?.value,
  };
}

/** A response_url that came back to us in private_metadata is used only if it points at Slack. */
function trustedResponseUrl(url: string | null, origins: ReadonlySet<string>): string | null {
  if (url === null) return null;
  try {
    return origins.has(new URL(url).origin) ? url : null;
  } catch {
    return null;
  }
}
