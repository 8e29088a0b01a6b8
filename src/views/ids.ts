// Every action_id, callback_id and block_id the app uses, in one place, so listeners and views agree.

export const ACTIONS = {
  // The owner, on a card (and in reviews and the Home tab for accept/ignore).
  accept: 'invitation_accept',
  ignore: 'invitation_ignore',
  decline: 'invitation_decline',
  block: 'invitation_block',
  changeDecision: 'invitation_change',
  // The owner, on a card: the form again, to put right what was read wrongly.
  editDetails: 'invitation_edit',
  // Teammates, on a pending card.
  voiceKnows: 'voice_knows',
  voiceCaution: 'voice_caution',
  // Thank-you DMs.
  nudgeSent: 'thank_you_sent',
  nudgeSnooze: 'thank_you_snooze',
  nudgeSkip: 'thank_you_skip',
  // Lists and the Home tab.
  ignoredPage: 'ignored_page',
  openSettings: 'open_settings',
  // Privacy confirmations.
  forgetConfirm: 'privacy_forget',
  forgetMeConfirm: 'privacy_forget_me',
  privacyCancel: 'privacy_cancel',
  // After a form's input could not be saved: the form again, filled in.
  reopenInvitationForm: 'invitation_form_reopen',
} as const;

/** callback_ids of the app's shortcuts (manifest.yml names them too). */
export const SHORTCUTS = {
  // A message's ⋯ menu: read the message as an invitation.
  checkMessage: 'check_invitation_message',
} as const;

export const VIEWS = {
  invitationForm: 'invitation_form',
  editDetails: 'invitation_edit_form',
  ignoreReason: 'ignore_reason',
  blockReason: 'block_reason',
  voice: 'teammate_voice',
  changeDecision: 'change_decision',
  settings: 'settings',
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
  blockReason: { block: 'block_reason', action: 'block_reason_input' },
  voiceKind: { block: 'voice_kind', action: 'voice_kind_input' },
  voiceNote: { block: 'voice_note', action: 'voice_note_input' },
  newDecision: { block: 'new_decision', action: 'new_decision_input' },
  changeReason: { block: 'change_reason', action: 'change_reason_input' },
  focusIndustries: { block: 'focus_industries', action: 'focus_industries_input' },
  focusRoles: { block: 'focus_roles', action: 'focus_roles_input' },
  focusKeywords: { block: 'focus_keywords', action: 'focus_keywords_input' },
  focusText: { block: 'focus_text', action: 'focus_text_input' },
  workStart: { block: 'work_start', action: 'work_start_input' },
  workEnd: { block: 'work_end', action: 'work_end_input' },
  workDays: { block: 'work_days', action: 'work_days_input' },
  thankYouDelay: { block: 'thank_you_delay', action: 'thank_you_delay_input' },
  weeklyReview: { block: 'weekly_review', action: 'weekly_review_input' },
} as const;

/** Radio value in the teammate modal that takes one's word back. */
export const WITHDRAW_VOICE = 'withdraw';
/** Checkbox value in Settings that turns the weekly review on. */
export const WEEKLY_REVIEW_ON = 'on';
