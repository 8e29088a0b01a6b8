/**
 * A small Block Kit checker for tests: walks a message or a modal and throws a BlockKitViolation
 * naming the violated limit and the JSON path where it happened. Lengths are counted in UTF-16
 * units, which is never fewer than the characters Slack counts, so passing here is conservative.
 *
 * Limits follow https://docs.slack.dev/reference/block-kit (blocks, elements, composition objects,
 * views) and chat.postMessage. Only the blocks and elements this app can produce are understood;
 * anything else is reported as unsupported rather than silently accepted.
 */

export class BlockKitViolation extends Error {
  constructor(
    readonly limit: string,
    readonly path: string,
    detail: string,
  ) {
    super(`Block Kit limit "${limit}" violated at ${path}: ${detail}`);
    this.name = 'BlockKitViolation';
  }
}

export const BLOCK_KIT_LIMITS = {
  messageText: 40_000,
  blocksPerMessage: 50,
  blocksPerModal: 100,
  textObject: 3000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  callbackId: 255,
  modalTitle: 24,
  modalSubmit: 24,
  modalClose: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInputMax: 3000,
  selectOptions: 100,
  radioOptions: 10,
  checkboxOptions: 10,
  optionText: 75,
  optionValue: 150,
  blocksPerHomeTab: 100,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
} as const;

type Path = string;
type Surface = 'message' | 'modal' | 'home';

interface Scope {
  /** block_ids seen so far in this message or view: they must be unique. */
  blockIds: Set<string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(limit: string, path: Path, detail: string): never {
  throw new BlockKitViolation(limit, path, detail);
}

function record(value: unknown, path: Path): Record<string, unknown> {
  if (!isRecord(value)) fail('object required', path, `expected an object, got ${JSON.stringify(value)}`);
  return value;
}

function array(value: unknown, path: Path, limit: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value)) fail(limit, path, `expected an array, got ${typeof value}`);
  if (value.length < min || value.length > max) {
    fail(limit, path, `has ${value.length} items; allowed ${min}..${max}`);
  }
  return value;
}

function string(value: unknown, path: Path, limit: string, max: number, min = 0): string {
  if (typeof value !== 'string') fail(limit, path, `expected a string, got ${typeof value}`);
  if (value.length < min) fail(limit, path, `is ${value.length} characters; at least ${min} required`);
  if (value.length > max) fail(limit, path, `is ${value.length} characters; at most ${max} allowed`);
  // Half of an emoji (a cut between its two UTF-16 units) reaches the reader as �.
  const lone = LONE_SURROGATE.exec(value);
  if (lone !== null) fail('a lone surrogate (half a character)', path, `at ${lone.index}: ${JSON.stringify(value.slice(Math.max(0, lone.index - 10), lone.index + 2))}`);
  return value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function optionalString(value: unknown, path: Path, limit: string, max: number): string | null {
  return value === undefined ? null : string(value, path, limit, max);
}

/** A text composition object: plain_text or mrkdwn, 1..max characters. */
function textObject(value: unknown, path: Path, limit: string, max: number, plainOnly = false): void {
  const text = record(value, path);
  if (text.type !== 'plain_text' && text.type !== 'mrkdwn') fail('text object type', `${path}.type`, `got ${String(text.type)}`);
  if (plainOnly && text.type !== 'plain_text') fail(`${limit} is plain_text only`, `${path}.type`, `got ${String(text.type)}`);
  if (text.type === 'plain_text' && text.verbatim !== undefined) fail('verbatim is mrkdwn only', `${path}.verbatim`, 'set on plain_text');
  // House rule: Slack's automatic parsing (a bare "@here" becoming a mention) is always off.
  if (text.type === 'mrkdwn' && text.verbatim !== true) fail('mrkdwn must be verbatim', `${path}.verbatim`, 'automatic parsing left on');
  string(text.text, `${path}.text`, limit, max, 1);
}

function optionalTextObject(value: unknown, path: Path, limit: string, max: number, plainOnly = false): void {
  if (value !== undefined) textObject(value, path, limit, max, plainOnly);
}

function blockId(block: Record<string, unknown>, path: Path, scope: Scope): void {
  const id = optionalString(block.block_id, `${path}.block_id`, 'block_id length', BLOCK_KIT_LIMITS.blockId);
  if (id === null) return;
  if (id === '') fail('block_id length', `${path}.block_id`, 'is empty');
  if (scope.blockIds.has(id)) fail('unique block_id', `${path}.block_id`, `"${id}" is used twice`);
  scope.blockIds.add(id);
}

function options(value: unknown, path: Path, limit: string, max: number, plainOnly: boolean): Record<string, unknown>[] {
  const values: string[] = [];
  return array(value, path, limit, 1, max).map((item, i) => {
    const option = record(item, `${path}[${i}]`);
    textObject(option.text, `${path}[${i}].text`, 'option text length', BLOCK_KIT_LIMITS.optionText, plainOnly);
    const optionValue = string(option.value, `${path}[${i}].value`, 'option value length', BLOCK_KIT_LIMITS.optionValue, 1);
    if (values.includes(optionValue)) fail('unique option values', `${path}[${i}].value`, `"${optionValue}" is used twice`);
    values.push(optionValue);
    return option;
  });
}

/** Slack refuses an initial option that is not exactly one of the options (same value, same text). */
function initialOption(value: unknown, path: Path, choices: readonly Record<string, unknown>[]): void {
  const initial = record(value, path);
  const match = choices.find((choice) => choice.value === initial.value);
  if (match === undefined || JSON.stringify(match.text) !== JSON.stringify(initial.text)) {
    fail('initial option is one of the options', path, `${JSON.stringify(initial)} is not among the options`);
  }
}

function initialOptions(value: unknown, path: Path, choices: readonly Record<string, unknown>[]): void {
  if (value === undefined) return;
  // An empty initial_options is refused by Slack: leave it out instead.
  array(value, path, 'initial_options count', 1, choices.length).forEach((item, i) => initialOption(item, `${path}[${i}]`, choices));
}

/** A confirmation dialog on an interactive element. */
function confirmDialog(value: unknown, path: Path): void {
  if (value === undefined) return;
  const confirm = record(value, path);
  // Slack requires all four texts of a confirmation dialog.
  textObject(confirm.title, `${path}.title`, 'confirm title length', BLOCK_KIT_LIMITS.confirmTitle, true);
  textObject(confirm.text, `${path}.text`, 'confirm text length', BLOCK_KIT_LIMITS.confirmText);
  textObject(confirm.confirm, `${path}.confirm`, 'confirm button length', BLOCK_KIT_LIMITS.confirmButton, true);
  textObject(confirm.deny, `${path}.deny`, 'confirm button length', BLOCK_KIT_LIMITS.confirmButton, true);
  if (confirm.style !== undefined && confirm.style !== 'primary' && confirm.style !== 'danger') fail('confirm style', `${path}.style`, `got ${String(confirm.style)}`);
}

function numberInput(element: Record<string, unknown>, path: Path): void {
  if (typeof element.is_decimal_allowed !== 'boolean') fail('number_input is_decimal_allowed', `${path}.is_decimal_allowed`, 'is required');
  const read = (key: 'min_value' | 'max_value' | 'initial_value'): number | null => {
    const raw = element[key];
    if (raw === undefined) return null;
    const value = Number(string(raw, `${path}.${key}`, `number_input ${key}`, 100, 1));
    if (!Number.isFinite(value)) fail(`number_input ${key}`, `${path}.${key}`, `"${String(raw)}" is not a number`);
    if (element.is_decimal_allowed === false && !Number.isInteger(value)) {
      fail(`number_input ${key}`, `${path}.${key}`, `${value} is not a whole number`);
    }
    return value;
  };
  const min = read('min_value');
  const max = read('max_value');
  const initial = read('initial_value');
  if (min !== null && max !== null && min > max) fail('number_input min_value ≤ max_value', path, `${min} > ${max}`);
  if (initial !== null && ((min !== null && initial < min) || (max !== null && initial > max))) {
    fail('number_input initial_value within min_value..max_value', `${path}.initial_value`, `${initial} is outside ${min ?? '-∞'}..${max ?? '∞'}`);
  }
}

function plainTextInput(element: Record<string, unknown>, path: Path): void {
  let maxLength: number = BLOCK_KIT_LIMITS.plainTextInputMax;
  if (element.max_length !== undefined) {
    if (typeof element.max_length !== 'number' || !Number.isInteger(element.max_length) || element.max_length < 1 || element.max_length > BLOCK_KIT_LIMITS.plainTextInputMax) {
      fail('plain_text_input max_length', `${path}.max_length`, `must be 1..${BLOCK_KIT_LIMITS.plainTextInputMax}, got ${String(element.max_length)}`);
    }
    maxLength = element.max_length;
  }
  if (element.min_length !== undefined) {
    if (typeof element.min_length !== 'number' || element.min_length < 0 || element.min_length > maxLength) {
      fail('plain_text_input min_length ≤ max_length', `${path}.min_length`, `got ${String(element.min_length)}`);
    }
  }
  optionalString(element.initial_value, `${path}.initial_value`, 'plain_text_input initial_value ≤ max_length', maxLength);
}

/** An interactive element, in an actions block, a section accessory or an input block. */
function element(value: unknown, path: Path, actionIds: Set<string> | null): void {
  const el = record(value, path);
  const actionId = optionalString(el.action_id, `${path}.action_id`, 'action_id length', BLOCK_KIT_LIMITS.actionId);
  if (actionId !== null && actionIds !== null) {
    if (actionIds.has(actionId)) fail('unique action_id within a block', `${path}.action_id`, `"${actionId}" is used twice`);
    actionIds.add(actionId);
  }
  optionalTextObject(el.placeholder, `${path}.placeholder`, 'placeholder length', BLOCK_KIT_LIMITS.placeholder, true);
  confirmDialog(el.confirm, `${path}.confirm`);
  switch (el.type) {
    case 'button':
      textObject(el.text, `${path}.text`, 'button text length', BLOCK_KIT_LIMITS.buttonText, true);
      optionalString(el.value, `${path}.value`, 'button value length', BLOCK_KIT_LIMITS.buttonValue);
      optionalString(el.url, `${path}.url`, 'button url length', BLOCK_KIT_LIMITS.buttonUrl);
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') fail('button style', `${path}.style`, `got ${String(el.style)}`);
      return;
    case 'plain_text_input':
      plainTextInput(el, path);
      return;
    case 'number_input':
      numberInput(el, path);
      return;
    case 'static_select': {
      const choices = options(el.options, `${path}.options`, 'static_select options count', BLOCK_KIT_LIMITS.selectOptions, true);
      if (el.initial_option !== undefined) initialOption(el.initial_option, `${path}.initial_option`, choices);
      return;
    }
    case 'radio_buttons': {
      const choices = options(el.options, `${path}.options`, 'radio_buttons options count', BLOCK_KIT_LIMITS.radioOptions, false);
      if (el.initial_option !== undefined) initialOption(el.initial_option, `${path}.initial_option`, choices);
      return;
    }
    case 'checkboxes': {
      const choices = options(el.options, `${path}.options`, 'checkboxes options count', BLOCK_KIT_LIMITS.checkboxOptions, false);
      initialOptions(el.initial_options, `${path}.initial_options`, choices);
      return;
    }
    case 'timepicker':
      if (el.initial_time !== undefined && (typeof el.initial_time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(el.initial_time))) {
        fail('timepicker initial_time is HH:mm', `${path}.initial_time`, `got ${JSON.stringify(el.initial_time)}`);
      }
      optionalString(el.timezone, `${path}.timezone`, 'timepicker timezone length', 100);
      return;
    default:
      fail('supported element type', `${path}.type`, `this checker does not know "${String(el.type)}"`);
  }
}

function block(value: unknown, path: Path, scope: Scope, surface: Surface): void {
  const b = record(value, path);
  blockId(b, path, scope);
  switch (b.type) {
    case 'section': {
      if (b.text === undefined && b.fields === undefined) fail('section needs text or fields', path, 'neither is set');
      optionalTextObject(b.text, `${path}.text`, 'section text length', BLOCK_KIT_LIMITS.sectionText);
      if (b.fields !== undefined) {
        array(b.fields, `${path}.fields`, 'section fields count', 1, BLOCK_KIT_LIMITS.sectionFields).forEach((field, i) =>
          textObject(field, `${path}.fields[${i}]`, 'section field text length', BLOCK_KIT_LIMITS.sectionFieldText),
        );
      }
      if (b.accessory !== undefined) element(b.accessory, `${path}.accessory`, new Set());
      return;
    }
    case 'context':
      array(b.elements, `${path}.elements`, 'context elements count', 1, BLOCK_KIT_LIMITS.contextElements).forEach((item, i) => {
        const itemPath = `${path}.elements[${i}]`;
        const el = record(item, itemPath);
        if (el.type === 'image') {
          string(el.image_url, `${itemPath}.image_url`, 'image url length', 3000, 1);
          string(el.alt_text, `${itemPath}.alt_text`, 'image alt_text length', 2000, 1);
        } else {
          textObject(el, itemPath, 'context text length', BLOCK_KIT_LIMITS.textObject);
        }
      });
      return;
    case 'actions': {
      const actionIds = new Set<string>();
      array(b.elements, `${path}.elements`, 'actions elements count', 1, BLOCK_KIT_LIMITS.actionsElements).forEach((item, i) =>
        element(item, `${path}.elements[${i}]`, actionIds),
      );
      return;
    }
    case 'divider':
      return;
    case 'header':
      textObject(b.text, `${path}.text`, 'header text length', BLOCK_KIT_LIMITS.headerText, true);
      return;
    case 'input':
      if (surface !== 'modal' && b.dispatch_action !== true) fail('input blocks belong in modals', path, 'input block in a message');
      textObject(b.label, `${path}.label`, 'input label length', BLOCK_KIT_LIMITS.inputLabel, true);
      optionalTextObject(b.hint, `${path}.hint`, 'input hint length', BLOCK_KIT_LIMITS.inputHint, true);
      element(b.element, `${path}.element`, new Set());
      return;
    default:
      fail('supported block type', `${path}.type`, `this checker does not know "${String(b.type)}"`);
  }
}

function blocks(value: unknown, path: Path, max: number, limit: string, surface: Surface): unknown[] {
  const list = array(value, path, limit, 0, max);
  const scope: Scope = { blockIds: new Set() };
  list.forEach((item, i) => block(item, `${path}[${i}]`, scope, surface));
  return list;
}

/**
 * A chat message (postMessage, update, response_url): a non-empty `text` fallback and at most 50 valid
 * blocks. With `maxBlockText`, also at most that many characters in all the blocks' text strings:
 * Slack refuses a message past a total it does not document (`msg_blocks_too_long`; refusals were
 * seen at 11,341 and about 13,200), so a test of a message built to a budget asks for it.
 */
export function assertValidMessage(message: { text?: unknown; blocks?: unknown }, options: { maxBlockText?: number } = {}): void {
  const text = string(message.text, 'message.text', 'text fallback length', BLOCK_KIT_LIMITS.messageText);
  if (text.trim() === '') fail('text fallback present and non-empty', 'message.text', 'is blank');
  if (message.blocks !== undefined) {
    blocks(message.blocks, 'message.blocks', BLOCK_KIT_LIMITS.blocksPerMessage, 'blocks per message', 'message');
  }
  if (options.maxBlockText !== undefined) {
    const total = blockText(message.blocks);
    if (total > options.maxBlockText) fail('blocks text in all', 'message.blocks', `${total} characters of text, over ${options.maxBlockText}`);
  }
}

/** Characters in every `text` string of blocks, wherever it sits (text objects, elements, options). */
export function blockText(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + blockText(item), 0);
  if (!isRecord(value)) return 0;
  return Object.entries(value).reduce((sum, [key, item]) => sum + (key === 'text' && typeof item === 'string' ? item.length : blockText(item)), 0);
}

/** A modal view: title/submit/close ≤ 24, private_metadata ≤ 3000, at most 100 valid blocks. */
export function assertValidModal(view: unknown): void {
  const v = record(view, 'view');
  if (v.type !== 'modal') fail('view type', 'view.type', `expected "modal", got ${String(v.type)}`);
  textObject(v.title, 'view.title', 'modal title length', BLOCK_KIT_LIMITS.modalTitle, true);
  optionalTextObject(v.submit, 'view.submit', 'modal submit length', BLOCK_KIT_LIMITS.modalSubmit, true);
  optionalTextObject(v.close, 'view.close', 'modal close length', BLOCK_KIT_LIMITS.modalClose, true);
  optionalString(v.private_metadata, 'view.private_metadata', 'private_metadata length', BLOCK_KIT_LIMITS.privateMetadata);
  optionalString(v.callback_id, 'view.callback_id', 'callback_id length', BLOCK_KIT_LIMITS.callbackId);
  optionalString(v.external_id, 'view.external_id', 'external_id length', 255);
  const list = blocks(v.blocks, 'view.blocks', BLOCK_KIT_LIMITS.blocksPerModal, 'blocks per modal', 'modal');
  const hasInput = list.some((item) => isRecord(item) && item.type === 'input');
  if (hasInput && v.submit === undefined) fail('a modal with inputs needs submit', 'view.submit', 'missing');
}

/** An App Home tab: type "home", no title or buttons of its own, at most 100 valid blocks. */
export function assertValidHomeView(view: unknown): void {
  const v = record(view, 'view');
  if (v.type !== 'home') fail('view type', 'view.type', `expected "home", got ${String(v.type)}`);
  for (const key of ['title', 'submit', 'close'] as const) {
    if (v[key] !== undefined) fail('home tabs have no title, submit or close', `view.${key}`, 'is set');
  }
  optionalString(v.private_metadata, 'view.private_metadata', 'private_metadata length', BLOCK_KIT_LIMITS.privateMetadata);
  optionalString(v.callback_id, 'view.callback_id', 'callback_id length', BLOCK_KIT_LIMITS.callbackId);
  optionalString(v.external_id, 'view.external_id', 'external_id length', 255);
  blocks(v.blocks, 'view.blocks', BLOCK_KIT_LIMITS.blocksPerHomeTab, 'blocks per home tab', 'home');
}

/**
 * Every mrkdwn text object in a view or blocks: the only modal text Slack parses for mentions and
 * links (plain_text, input values and private_metadata are shown or kept literally).
 */
export function collectMrkdwn(value: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isRecord(node)) return;
    if (node.type === 'mrkdwn' && typeof node.text === 'string') found.push(node.text);
    Object.values(node).forEach(walk);
  };
  walk(value);
  return found;
}

// The only `<…>` sequences the app writes itself. Slack parses `<` as the start of markup in
// mrkdwn and in a message's `text`; everything untrusted must reach Slack as `&lt;`.
const USER_MENTION = /^<@([A-Z0-9]+)>/;
const DATE = /^<!date\^\d+\^[^<>|]*\|[^<>]*>/;
const PROFILE_LINK = /^<(https:\/\/www\.(?:linkedin\.com\/in|xing\.com\/profile)\/[\p{L}\p{M}\p{N}_-]{1,200})\|[^<>]*>/u;
/** A link to a Slack message, `&` written `&amp;` as mrkdwn has it. */
const MESSAGE_LINK = /^<(https:\/\/[a-z0-9.-]{1,200}\.slack\.com\/archives\/[^|<>\s"\\]{1,1000})\|[^<>]*>/;

/**
 * Throws when the JSON of a message or view contains a `<` that does not start one of the app's
 * own sequences: a mention of an allowed user id, a `<!date^…|…>`, a link to a normalised
 * LinkedIn or XING profile, or a link to one of `allowedMessageLinks` (links Slack gave to
 * messages). `<!channel>`, `<!here>`, `<!subteam^…>`, `<#C…>`, foreign mentions and links fail.
 */
export function assertNoForeignControlSequences(
  json: string,
  allowedUserIds: readonly string[],
  /** When given, profile links must point at one of these (the normalised URLs the view was given). */
  allowedProfileUrls?: readonly string[],
  /** Links to Slack messages the app was given (chat.getPermalink's answers), or a test of them; none by default. */
  allowedMessageLinks: readonly string[] | ((url: string) => boolean) = [],
): void {
  for (let at = json.indexOf('<'); at !== -1; at = json.indexOf('<', at + 1)) {
    const rest = json.slice(at);
    const mention = USER_MENTION.exec(rest);
    if (mention) {
      const id = mention[1] ?? '';
      if (allowedUserIds.includes(id)) continue;
      fail('no foreign mention', `offset ${at}`, `mention of ${id}, which the app was not given: …${excerpt(json, at)}…`);
    }
    if (DATE.test(rest)) continue;
    const messageLink = MESSAGE_LINK.exec(rest);
    if (messageLink) {
      const url = (messageLink[1] ?? '').replaceAll('&amp;', '&');
      if (typeof allowedMessageLinks === 'function' ? allowedMessageLinks(url) : allowedMessageLinks.includes(url)) continue;
      fail('no foreign link', `offset ${at}`, `link to ${url}, which Slack did not give the app: …${excerpt(json, at)}…`);
    }
    const link = PROFILE_LINK.exec(rest);
    if (link) {
      const url = link[1] ?? '';
      if (allowedProfileUrls === undefined || allowedProfileUrls.includes(url)) continue;
      fail('no foreign link', `offset ${at}`, `link to ${url}, which the app was not given: …${excerpt(json, at)}…`);
    }
    fail('no foreign control sequence', `offset ${at}`, `live Slack markup the app did not create: …${excerpt(json, at)}…`);
  }
}

function excerpt(json: string, at: number): string {
  return json.slice(Math.max(0, at - 20), at + 60);
}
