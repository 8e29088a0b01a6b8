import type { RecordedCall } from './slack-stand-in.js';

/** Everything a recorded call sent, as one searchable string. */
export function allText(call: RecordedCall | undefined): string {
  return JSON.stringify(call?.args ?? {});
}

/** The value of the first button with this action_id in a recorded message's blocks. */
export function buttonValue(call: RecordedCall | undefined, actionId: string): string {
  const blocks = (call?.args.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  for (const block of blocks) {
    for (const element of block.elements ?? []) if (element.action_id === actionId && element.value) return element.value;
  }
  throw new Error(`no ${actionId} button in ${allText(call)}`);
}

/** The private_metadata of the view a recorded views.open call opened. */
export function openedView(call: RecordedCall | undefined): { callback_id: string; private_metadata: string } {
  const view = call?.args.view as { callback_id?: unknown; private_metadata?: unknown } | undefined;
  return { callback_id: String(view?.callback_id ?? ''), private_metadata: String(view?.private_metadata ?? '') };
}
