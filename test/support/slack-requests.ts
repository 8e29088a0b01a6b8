/**
 * Requests as Slack sends them to the app's Request URL (POST /slack/events): url-encoded bodies,
 * signed with the signing secret (`X-Slack-Signature: v0=<hmac>` over `v0:<timestamp>:<body>`).
 * Interactive payloads travel as `payload=<json>`; slash commands as plain form fields.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { DEFAULT_APP_ID, DEFAULT_BOT_ID, DEFAULT_BOT_USER_ID, DEFAULT_TEAM_DOMAIN } from './slack-stand-in.js';

/** The legacy verification token Slack still includes in every payload (Bolt ignores it). */
export const STAND_IN_VERIFICATION_TOKEN = 'xyzz0WbapA4vBCDEFasx0q6G';

export function signSlackRequest(secret: string, body: string, timestampSeconds: number): string {
  const hmac = createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex');
  return `v0=${hmac}`;
}

export interface SignedRequestOptions {
  secret: string;
  /** Defaults to application/x-www-form-urlencoded, as Slack sends commands and interactions. */
  contentType?: string;
  /** Seconds since the epoch; defaults to now. `null` omits the header. */
  timestamp?: number | null;
  /** Overrides the computed signature (forgeries); `null` omits the header. */
  signature?: string | null;
  /** Extra headers (e.g. x-slack-retry-num); these win over the computed ones. */
  headers?: Record<string, string>;
}

export interface SignedRequestResult {
  status: number;
  text: string;
  json: unknown | null;
  headers: Headers;
}

export async function sendSignedRequest(
  url: string,
  body: string,
  opts: SignedRequestOptions,
): Promise<SignedRequestResult> {
  const timestamp = opts.timestamp === undefined ? Math.floor(Date.now() / 1000) : opts.timestamp;
  const signature =
    opts.signature === undefined
      ? signSlackRequest(opts.secret, body, timestamp ?? Math.floor(Date.now() / 1000))
      : opts.signature;
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  if (timestamp !== null) headers['x-slack-request-timestamp'] = String(timestamp);
  if (signature !== null) headers['x-slack-signature'] = signature;
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, ...opts.headers },
    body,
  });
  const text = await response.text();
  let json: unknown | null = null;
  if (text !== '') {
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = null;
    }
  }
  return { status: response.status, text, json, headers: response.headers };
}

/** A trigger_id shaped like Slack's: '<digits>.<digits>.<32 hex>'. Fresh each time, as Slack's are. */
export function freshTriggerId(): string {
  const digits = (n: number): string =>
    Array.from(randomBytes(n), (b) => String(b % 10))
      .join('')
      .replace(/^0/, '1');
  return `${digits(11)}.${digits(9)}.${randomBytes(16).toString('hex')}`;
}

function actionTs(): string {
  return (Date.now() / 1000).toFixed(6);
}

function defaultUserName(userId: string): string {
  return `user.${userId.toLowerCase()}`;
}

/** Slack names DMs 'directmessage' and private channels 'privategroup' in command payloads. */
function defaultChannelName(channelId: string): string {
  if (channelId.startsWith('D')) return 'directmessage';
  if (channelId.startsWith('G')) return 'privategroup';
  return 'general';
}

export interface SlashCommandFields {
  text: string;
  user_id: string;
  team_id: string;
  channel_id: string;
  response_url: string;
  trigger_id?: string;
  command?: string;
  user_name?: string;
  channel_name?: string;
  team_domain?: string;
  api_app_id?: string;
}

export function slashCommandBody(fields: SlashCommandFields): string {
  // Field order as Slack sends it; URLSearchParams encodes like Slack (spaces as '+', '/' as %2F).
  return new URLSearchParams([
    ['token', STAND_IN_VERIFICATION_TOKEN],
    ['team_id', fields.team_id],
    ['team_domain', fields.team_domain ?? DEFAULT_TEAM_DOMAIN],
    ['channel_id', fields.channel_id],
    ['channel_name', fields.channel_name ?? defaultChannelName(fields.channel_id)],
    ['user_id', fields.user_id],
    ['user_name', fields.user_name ?? defaultUserName(fields.user_id)],
    ['command', fields.command ?? '/invite-check'],
    ['text', fields.text],
    ['api_app_id', fields.api_app_id ?? DEFAULT_APP_ID],
    ['is_enterprise_install', 'false'],
    ['response_url', fields.response_url],
    ['trigger_id', fields.trigger_id ?? freshTriggerId()],
  ]).toString();
}

export type ActionContainer =
  | { type: 'message'; message_ts: string; channel_id: string; is_ephemeral?: boolean }
  | { type: 'view'; view_id: string };

export interface BlockActionsParams {
  user_id: string;
  team_id: string;
  action_id: string;
  value: string;
  block_id?: string;
  /** The button's label. */
  text?: string;
  trigger_id?: string;
  response_url?: string;
  /** Defaults to a message container (or a view container when `view` is given). */
  container?: ActionContainer;
  channel_id?: string;
  channel_name?: string;
  message_ts?: string;
  /** The message the button sits in; a minimal bot message is used when omitted. */
  message?: Record<string, unknown>;
  /** The view the button sits in (modal / home tab). */
  view?: Record<string, unknown>;
  /** Fields merged over the default button action, e.g. to send a static_select action. */
  action?: Record<string, unknown>;
  state?: { values: Record<string, Record<string, unknown>> };
  user_name?: string;
  team_domain?: string;
  api_app_id?: string;
}

const DEFAULT_CHANNEL_ID = 'C0CHANNEL1';

export function blockActionsBody(p: BlockActionsParams): string {
  const userName = p.user_name ?? defaultUserName(p.user_id);
  const container: ActionContainer =
    p.container ??
    (p.view !== undefined
      ? { type: 'view', view_id: typeof p.view.id === 'string' ? p.view.id : 'V0000000001' }
      : {
          type: 'message',
          message_ts: p.message_ts ?? (typeof p.message?.ts === 'string' ? p.message.ts : '1700000000.000100'),
          channel_id: p.channel_id ?? DEFAULT_CHANNEL_ID,
          is_ephemeral: false,
        });

  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: { id: p.user_id, username: userName, name: userName, team_id: p.team_id },
    api_app_id: p.api_app_id ?? DEFAULT_APP_ID,
    token: STAND_IN_VERIFICATION_TOKEN,
    container:
      container.type === 'message' ? { is_ephemeral: false, ...container } : { ...container },
    trigger_id: p.trigger_id ?? freshTriggerId(),
    team: { id: p.team_id, domain: p.team_domain ?? DEFAULT_TEAM_DOMAIN },
    enterprise: null,
    is_enterprise_install: false,
  };

  if (container.type === 'message') {
    const channelId = container.channel_id;
    payload.channel = { id: channelId, name: p.channel_name ?? defaultChannelName(channelId) };
    // Slack omits the message for ephemeral containers (the app never sees their content).
    if (p.message !== undefined || container.is_ephemeral !== true) {
      payload.message = p.message ?? {
        type: 'message',
        subtype: 'bot_message',
        text: '',
        ts: container.message_ts,
        bot_id: DEFAULT_BOT_ID,
        user: DEFAULT_BOT_USER_ID,
        blocks: [],
      };
    }
    payload.state = p.state ?? { values: {} };
  } else {
    payload.view = p.view ?? minimalView({ id: container.view_id, team_id: p.team_id, callback_id: '' });
  }
  // Slack includes a response_url for message actions; modal actions have none.
  if (p.response_url !== undefined) payload.response_url = p.response_url;

  payload.actions = [
    {
      action_id: p.action_id,
      block_id: p.block_id ?? `blk_${p.action_id}`,
      text: { type: 'plain_text', text: p.text ?? 'Button', emoji: true },
      value: p.value,
      type: 'button',
      action_ts: actionTs(),
      ...p.action,
    },
  ];
  return new URLSearchParams([['payload', JSON.stringify(payload)]]).toString();
}

function minimalView(p: {
  id: string;
  team_id: string;
  callback_id: string;
  private_metadata?: string;
  values?: Record<string, Record<string, unknown>>;
  blocks?: unknown[];
}): Record<string, unknown> {
  return {
    id: p.id,
    team_id: p.team_id,
    type: 'modal',
    blocks: p.blocks ?? [],
    private_metadata: p.private_metadata ?? '',
    callback_id: p.callback_id,
    state: { values: p.values ?? {} },
    hash: `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`,
    title: { type: 'plain_text', text: 'Invite check', emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: { type: 'plain_text', text: 'Cancel', emoji: true },
    submit: { type: 'plain_text', text: 'Submit', emoji: true },
    previous_view_id: null,
    root_view_id: p.id,
    app_id: DEFAULT_APP_ID,
    external_id: '',
    app_installed_team_id: p.team_id,
    bot_id: DEFAULT_BOT_ID,
  };
}

export interface MessageShortcutParams {
  user_id: string;
  team_id: string;
  callback_id: string;
  channel_id: string;
  response_url: string;
  /** The message the shortcut was chosen on: at least its text (a person's message by default). */
  message: Record<string, unknown>;
  trigger_id?: string;
  channel_name?: string;
  user_name?: string;
  team_domain?: string;
}

/** A message shortcut ("⋯ → Check this invitation"), as Slack sends it: type message_action. */
export function messageShortcutBody(p: MessageShortcutParams): string {
  const userName = p.user_name ?? defaultUserName(p.user_id);
  const ts = typeof p.message.ts === 'string' ? p.message.ts : '1700000000.000200';
  const payload = {
    type: 'message_action',
    token: STAND_IN_VERIFICATION_TOKEN,
    action_ts: actionTs(),
    team: { id: p.team_id, domain: p.team_domain ?? DEFAULT_TEAM_DOMAIN },
    user: { id: p.user_id, username: userName, name: userName, team_id: p.team_id },
    channel: { id: p.channel_id, name: p.channel_name ?? defaultChannelName(p.channel_id) },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: p.callback_id,
    trigger_id: p.trigger_id ?? freshTriggerId(),
    response_url: p.response_url,
    message_ts: ts,
    message: { type: 'message', user: 'U0POSTER01', ts, ...p.message },
  };
  return new URLSearchParams([['payload', JSON.stringify(payload)]]).toString();
}

export interface ViewSubmissionParams {
  user_id: string;
  team_id: string;
  callback_id: string;
  private_metadata?: string;
  /** state.values: block_id → action_id → element value (see the *Value helpers below). */
  values: Record<string, Record<string, unknown>>;
  view_id?: string;
  trigger_id?: string;
  response_urls?: unknown[];
  /** The blocks of the submitted view (Slack echoes them); empty when omitted. */
  blocks?: unknown[];
  user_name?: string;
  team_domain?: string;
  api_app_id?: string;
}

export function viewSubmissionBody(p: ViewSubmissionParams): string {
  return viewBody('view_submission', p, { trigger_id: p.trigger_id ?? freshTriggerId(), response_urls: p.response_urls ?? [] });
}

/** A modal closed with Cancel or ×: sent only for views opened with notify_on_close. */
export function viewClosedBody(p: Omit<ViewSubmissionParams, 'trigger_id' | 'response_urls'>): string {
  return viewBody('view_closed', p, { is_cleared: false });
}

/** A view_submission or view_closed payload: the person, the view as submitted or closed, and what only that type carries. */
function viewBody(type: 'view_submission' | 'view_closed', p: Omit<ViewSubmissionParams, 'trigger_id' | 'response_urls'>, extra: Record<string, unknown>): string {
  const userName = p.user_name ?? defaultUserName(p.user_id);
  const payload = {
    type,
    team: { id: p.team_id, domain: p.team_domain ?? DEFAULT_TEAM_DOMAIN },
    user: { id: p.user_id, username: userName, name: userName, team_id: p.team_id },
    api_app_id: p.api_app_id ?? DEFAULT_APP_ID,
    token: STAND_IN_VERIFICATION_TOKEN,
    ...extra,
    view: minimalView({
      id: p.view_id ?? 'V0000000001',
      team_id: p.team_id,
      callback_id: p.callback_id,
      ...(p.private_metadata === undefined ? {} : { private_metadata: p.private_metadata }),
      values: p.values,
      ...(p.blocks === undefined ? {} : { blocks: p.blocks }),
    }),
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams([['payload', JSON.stringify(payload)]]).toString();
}

// state.values entries, shaped as Slack reports each input element.

export function plainTextValue(value: string | null): { type: 'plain_text_input'; value: string | null } {
  return { type: 'plain_text_input', value };
}

export function numberValue(value: string | null): { type: 'number_input'; value: string | null } {
  // Slack reports number_input values as strings, exactly as typed.
  return { type: 'number_input', value };
}

type SelectedOption = { text: { type: 'plain_text'; text: string; emoji: boolean }; value: string };

function option(value: string, text?: string): SelectedOption {
  return { text: { type: 'plain_text', text: text ?? value, emoji: true }, value };
}

export function staticSelectValue(
  value: string | null,
  text?: string,
): { type: 'static_select'; selected_option: SelectedOption | null } {
  return { type: 'static_select', selected_option: value === null ? null : option(value, text) };
}

export function radioValue(
  value: string | null,
  text?: string,
): { type: 'radio_buttons'; selected_option: SelectedOption | null } {
  return { type: 'radio_buttons', selected_option: value === null ? null : option(value, text) };
}

export function checkboxesValue(values: string[]): { type: 'checkboxes'; selected_options: SelectedOption[] } {
  return { type: 'checkboxes', selected_options: values.map((v) => option(v)) };
}

export function usersSelectValue(userId: string | null): { type: 'users_select'; selected_user: string | null } {
  return { type: 'users_select', selected_user: userId };
}

export function datepickerValue(date: string | null): { type: 'datepicker'; selected_date: string | null } {
  return { type: 'datepicker', selected_date: date };
}

export function timepickerValue(time: string | null): { type: 'timepicker'; selected_time: string | null } {
  return { type: 'timepicker', selected_time: time };
}

/** An Events API delivery (JSON), e.g. app_home_opened, as Slack sends it to the Request URL. */
export function eventCallbackBody(p: { team_id: string; event: Record<string, unknown>; event_id?: string; api_app_id?: string }): string {
  return JSON.stringify({
    token: STAND_IN_VERIFICATION_TOKEN,
    team_id: p.team_id,
    api_app_id: p.api_app_id ?? DEFAULT_APP_ID,
    event: { event_ts: actionTs(), ...p.event },
    type: 'event_callback',
    event_id: p.event_id ?? `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: p.team_id, user_id: DEFAULT_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}
