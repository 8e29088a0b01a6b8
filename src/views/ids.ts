// Every action_id, callback_id and block_id the app uses, in one place, so listeners and views agree.

export const ACTIONS = {
  accept: 'invitation_accept',
  ignore: 'invitation_ignore',
  nudgeSent: 'thank_you_sent',
  nudgeSnooze: 'thank_you_snooze',
  nudgeSkip: 'thank_you_skip',
} as const;

export const VIEWS = {
  invitationForm: 'invitation_form',
  ignoreReason: 'ignore_reason',
} as const;

/** block_id / action_id pairs of modal inputs, read back from view.state.values. */
export const INPUTS = {
  name: { block: 'name', action: 'name_input' },
  headline: { block: 'headline', action: 'headline_input' },
  company: { block: 'company', action: 'company_input' },
  profileUrl: { block: 'profile_url', action: 'profile_url_input' },
  mutualConnections: { block: 'mutual_connections', action: 'mutual_connections_input' },
  note: { block: 'note', action: 'note_input' },
  source: { block: 'source', action: 'source_input' },
  ignoreReason: { block: 'ignore_reason', action: 'ignore_reason_input' },
  ignoreNote: { block: 'ignore_note', action: 'ignore_note_input' },
} as const;
