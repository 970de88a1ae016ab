import english from "./messages/en/validation.json";

export type ValidationKey = keyof typeof english;

/** A text as a regular expression matching it literally, each `{name}` capturing what was filled in. */
function patternOf(text: string): RegExp {
  const literal = text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${literal.replace(/\{(\w+)\}/g, "(?<$1>.+?)")}$`);
}

/**
 * Every validation text as a pattern over the English the schemas word (`lib/validation.ts`,
 * the areas' `schemas.ts`): zod gives a field's message as a finished English sentence, and
 * this finds which text it is and what it filled in.
 */
const patterns = Object.entries(english).map(([key, text]) => ({
  key: key as ValidationKey,
  pattern: patternOf(text),
}));

/**
 * Which validation text an English field message is, with its values (`Use at most 64
 * characters.` → `atMost`, `{ max: "64" }`), so the person reads it in their language; null for
 * a message no schema of the store screens words (it is shown as it is).
 */
export function validationText(message: string): { key: ValidationKey; values: Record<string, string> } | null {
  for (const { key, pattern } of patterns) {
    const match = pattern.exec(message);
    if (match) return { key, values: { ...match.groups } };
  }
  return null;
}
