import { z } from 'zod';
import { normaliseProfileUrl } from '../../domain/profile-url.js';
import { cleanMultiLine, cleanSingleLine } from '../../domain/slack-text.js';
import type { InvitationFields } from '../../domain/types.js';
import type { EnteredValue } from '../../views/unsaved-input.js';
import { FIELD_LIMITS, isMutualCount, SOURCES, type InvitationFormPrefill } from '../../views/invitation-modal.js';
import { INPUTS } from '../../views/ids.js';
import type { StateValues } from './modal-context.js';

// The invitation form's fields, as both its modals (check an invitation, edit its details) submit them.

const optionalLine = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ? cleanSingleLine(value, max) : ''))
    .transform((value) => (value === '' ? null : value));

// Whatever the source chosen: a card links only the profiles normaliseProfileUrl knows.
const PROFILE_URL_REFUSAL =
  "That doesn't look like a profile address I can link to: LinkedIn (linkedin.com/in/…) and XING (xing.com/profile/…) profile links work.";

const NAME_LETTER = /[\p{L}\u24B6-\u24E9\u{1F130}-\u{1F149}\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}]/u;

const formSchema = z.object({
  name: z
    .string()
    .nullish()
    .transform((value) => cleanSingleLine(value ?? '', FIELD_LIMITS.name))
    .pipe(
      z
        .string()
        .min(1, { error: 'Please enter their name.' })
        // Any script's letters count, and the circled and squared ones of "fancy text" names
        // (Ⓙⓞⓗⓝ, 🅹🅾🅷🅽); a name of only emoji, digits or punctuation is no name.
        .refine((value) => NAME_LETTER.test(value), { error: 'Please enter their name: it needs at least one letter.' }),
    ),
  headline: optionalLine(FIELD_LIMITS.headline),
  company: optionalLine(FIELD_LIMITS.company),
  profileUrl: optionalLine(FIELD_LIMITS.profileUrl).transform((value, ctx) => {
    if (value === null) return null;
    const normalised = normaliseProfileUrl(value);
    if (normalised === null) {
      ctx.addIssue({ code: 'custom', message: PROFILE_URL_REFUSAL });
      return z.NEVER;
    }
    return normalised;
  }),
  mutualConnections: z
    .string()
    .nullish()
    .transform((value) => (value ? value.trim() : ''))
    // Empty means unknown; anything else must be a whole number. (A union of the two answered a
    // decimal with zod's own "Invalid input".)
    .pipe(
      z.preprocess(
        (value) => (value === '' ? undefined : value),
        z.coerce
          .number({ error: 'Please enter a whole number.' })
          .int({ error: 'Please enter a whole number.' })
          .min(0, { error: 'Mutual connections cannot be negative.' })
          .max(100_000, { error: 'That is more mutual connections than I can believe.' })
          .optional(),
      ),
    )
    .transform((value) => value ?? null),
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

/** What the form says: the invitation's fields and where it came from, or the errors to show beside the fields. */
export type InvitationFormResult =
  | { ok: true; fields: InvitationFields; source: string | null }
  | { ok: false; errors: Record<string, string> };

export function readInvitationForm(values: StateValues): InvitationFormResult {
  const form = formSchema.safeParse(readForm(values));
  if (!form.success) {
    const errors: Record<string, string> = {};
    for (const issue of form.error.issues) {
      const field = issue.path[0] as keyof typeof FIELD_BLOCKS | undefined;
      const block = field ? FIELD_BLOCKS[field] : INPUTS.name.block;
      errors[block] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const { source, ...fields } = form.data;
  return { ok: true, fields, source };
}

/**
 * The form as it was left, unchecked: each field cleaned as on submit, and kept only if the form
 * would take it again (a mutual count that is no whole number in range is left out).
 */
export function invitationFormAsLeft(values: StateValues): InvitationFormPrefill {
  const form = readForm(values);
  const line = (value: string | null | undefined, max: number) => cleanSingleLine(value ?? '', max) || null;
  const mutual = Number(form.mutualConnections?.trim() || Number.NaN);
  return {
    name: line(form.name, FIELD_LIMITS.name),
    headline: line(form.headline, FIELD_LIMITS.headline),
    company: line(form.company, FIELD_LIMITS.company),
    profileUrl: line(form.profileUrl, FIELD_LIMITS.profileUrl),
    mutualConnections: isMutualCount(mutual) ? mutual : null,
    note: cleanMultiLine(form.note ?? '', FIELD_LIMITS.note) || null,
    source: SOURCES.find((label) => label === form.source) ?? null,
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

/** What the person typed into the form, labelled as the form labels it: given back when it cannot be saved. */
export function enteredInForm(fields: InvitationFields, source: string | null): EnteredValue[] {
  return [
    { label: 'Name', value: fields.name },
    { label: 'Headline or role', value: fields.headline },
    { label: 'Company', value: fields.company },
    { label: 'Profile URL', value: fields.profileUrl },
    { label: 'Mutual connections', value: fields.mutualConnections },
    { label: 'Their note', value: fields.note },
    { label: 'Where it came from', value: source },
  ];
}
