// The quick choices offered when someone ignores an invitation. An ignored invitation cannot be
// found again on the network, so the reason is what lets them reconsider later.

export const IGNORE_REASONS = [
  { code: 'dont_know', label: "I don't know them" },
  { code: 'not_relevant', label: 'Not relevant to my work' },
  { code: 'sales_pitch', label: 'Looks like a sales pitch or spam' },
  { code: 'recruiter', label: "A recruiter, and I'm not looking" },
  { code: 'later', label: 'Maybe later, not now' },
] as const;

export type IgnoreReasonCode = (typeof IGNORE_REASONS)[number]['code'];

export function ignoreReasonLabel(code: string): string | null {
  return IGNORE_REASONS.find((reason) => reason.code === code)?.label ?? null;
}

/**
 * True for one of the quick choices' own words: no one typed them, so they may be quoted where a
 * person's free text may not (a later check's stored weighing, which outlives the decision's details).
 */
export function isIgnoreReasonLabel(reason: string): boolean {
  return IGNORE_REASONS.some((choice) => choice.label === reason);
}
