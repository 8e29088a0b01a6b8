import type { ActionsBlock, AnyBlock, Button, HomeView, InputBlock, KnownBlock, ModalView, SectionBlock } from '@slack/types';
import { normaliseProfileUrl } from '../../src/domain/profile-url.js';
import { assertNoForeignControlSequences, assertValidHomeView, assertValidMessage, assertValidModal, collectMrkdwn } from '../support/block-kit.js';
import { HOSTILE_VALUES } from '../support/hostile-text.js';

// Shared by the view tests: every builder's output is checked against Block Kit and for foreign
// markup before a test looks at it.

/** A modal, checked against Block Kit limits and with no foreign markup in its mrkdwn. */
export function checkedModal(view: ModalView): ModalView {
  assertValidModal(view);
  assertNoForeignControlSequences(JSON.stringify(collectMrkdwn(view)), []);
  return view;
}

/** A message, checked whole: mentions only of `users`, links only to the normalised `profileUrls`. */
export function checkedMessage<M extends { text: string; blocks: KnownBlock[] }>(
  message: M,
  users: readonly string[] = [],
  profileUrls: readonly (string | null)[] = [],
): M {
  assertValidMessage(message);
  assertNoForeignControlSequences(JSON.stringify(message), users, normalised(profileUrls));
  return message;
}

export function checkedHome(
  view: HomeView,
  users: readonly string[],
  profileUrls: readonly (string | null)[] = [],
  /** Links to cards the view was given (as Slack gives them). */
  messageLinks: readonly string[] = [],
): HomeView {
  assertValidHomeView(view);
  assertNoForeignControlSequences(JSON.stringify(view), users, normalised(profileUrls), messageLinks);
  return view;
}

function normalised(urls: readonly (string | null)[]): string[] {
  return urls.flatMap((url) => {
    const profile = url === null ? null : normaliseProfileUrl(url);
    return profile === null ? [] : [profile];
  });
}

export function allMrkdwn(value: unknown): string {
  return collectMrkdwn(value).join('\n');
}

// Home views hold AnyBlock, whose catch-all member does not narrow by `type`: these guards do.
function isActions(block: AnyBlock): block is ActionsBlock {
  return block.type === 'actions';
}

function isSection(block: AnyBlock): block is SectionBlock {
  return block.type === 'section';
}

export function actionsBlocks(blocks: readonly AnyBlock[]): ActionsBlock[] {
  return blocks.filter(isActions);
}

/** Every button in the blocks (actions elements and section accessories), in order. */
export function buttons(blocks: readonly AnyBlock[]): Button[] {
  return blocks.flatMap((block): Button[] => {
    if (isActions(block)) return block.elements.flatMap((element) => (element.type === 'button' ? [element] : []));
    if (isSection(block) && block.accessory?.type === 'button') return [block.accessory];
    return [];
  });
}

function isInput(block: { type: string }): block is InputBlock {
  return block.type === 'input';
}

export function inputs(view: ModalView): InputBlock[] {
  return view.blocks.filter(isInput);
}

export function input(view: ModalView, blockId: string): InputBlock {
  const found = inputs(view).find((block) => block.block_id === blockId);
  if (found === undefined) throw new Error(`no input block ${blockId}`);
  return found;
}

/** `[label, value]` pairs for it.each, with long values shortened in the test name. */
export const HOSTILE_CASES: [string, string][] = HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]);
