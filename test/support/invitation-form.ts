import { INPUTS } from '../../src/views/ids.js';
import { numberValue, plainTextValue, staticSelectValue } from './slack-requests.js';

/** What the invitation form (and Edit details, the same form) holds, as a test fills it in. */
export interface InvitationFormFields {
  name: string;
  headline?: string | null;
  company?: string | null;
  profileUrl?: string | null;
  mutualConnections?: string | null;
  note?: string | null;
  /** A "where it came from" option's value; null leaves the select empty. */
  source?: string | null;
}

/** The `view.state.values` of a submitted invitation form: every field, empty where not given. */
export function invitationFormValues(fields: InvitationFormFields): Record<string, Record<string, unknown>> {
  return {
    [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(fields.name) },
    [INPUTS.headline.block]: { [INPUTS.headline.action]: plainTextValue(fields.headline ?? null) },
    [INPUTS.company.block]: { [INPUTS.company.action]: plainTextValue(fields.company ?? null) },
    [INPUTS.profileUrl.block]: { [INPUTS.profileUrl.action]: plainTextValue(fields.profileUrl ?? null) },
    [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: numberValue(fields.mutualConnections ?? null) },
    [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue(fields.note ?? null) },
    [INPUTS.source.block]: {
      [INPUTS.source.action]: fields.source === undefined || fields.source === null ? plainTextValue(null) : staticSelectValue(fields.source),
    },
  };
}
