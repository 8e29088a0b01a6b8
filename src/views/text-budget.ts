/**
 * Slack refuses a message whose blocks hold too much text in all (`msg_blocks_too_long`), though
 * each block is within its own limits. The limit is not documented: refusals were seen at 11,341
 * characters (slackapi/bolt-js#2867) and at 13,172 to 13,297 (#2509), where a maintainer spoke of
 * "12,000 text characters with a buffer for block containers". Every message the app builds from
 * long words (cards, weekly reviews, the ignored list, thank-you DMs) keeps to this budget, well
 * below what was seen refused.
 */
export const MESSAGE_TEXT_BUDGET = 10_000;

/** The characters of text in blocks: every `text` string, in text objects and elements alike. */
export function textLength(value: unknown): number {
  let sum = 0;
  // Plain loops: this walks every card before it is posted, and Object.entries made an array per object.
  if (Array.isArray(value)) {
    for (const item of value) sum += textLength(item);
    return sum;
  }
  if (typeof value !== 'object' || value === null) return 0;
  const object = value as Record<string, unknown>;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const item = object[key];
    sum += key === 'text' && typeof item === 'string' ? item.length : textLength(item);
  }
  return sum;
}

/**
 * The blocks of the first draft, each shorter than the one before it (quoting less, then listing
 * fewer), whose text fits within `budget` (MESSAGE_TEXT_BUDGET but in tests); the last, shortest
 * draft when none does.
 * Most messages are short, and the first draft is the only one drawn.
 */
export function blocksWithinBudget<Draft, Block>(
  drafts: readonly [Draft, ...Draft[]],
  draw: (draft: Draft) => Block[],
  budget: number = MESSAGE_TEXT_BUDGET,
): Block[] {
  let blocks: Block[] = [];
  for (const draft of drafts) {
    blocks = draw(draft);
    if (textLength(blocks) <= budget) break;
  }
  return blocks;
}
