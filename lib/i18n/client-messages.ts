import type { Messages } from "./messages";

/** A screen's texts, or one group inside them (`parcels.statusLabel`). */
export type ClientNamespace = keyof Messages | `parcels.${keyof Messages["parcels"] & string}`;

/**
 * The texts every screen's client components may read: buttons and dialogs, field messages,
 * error pages, the outbox's badge and status labels.
 */
export const everyScreen: readonly ClientNamespace[] = [
  "common",
  "validation",
  "errors",
  "offline",
  "parcels.statusLabel",
];

type Tree = { [key: string]: string | Tree };

/**
 * Only the texts a screen's client components read, so a page does not carry every screen's
 * texts in both its HTML and its hydration data. A whole namespace wins over a group inside it.
 */
export function pickMessages(messages: Messages, namespaces: readonly ClientNamespace[]): Partial<Messages> {
  const source = messages as unknown as Tree;
  const out: Tree = {};
  for (const name of new Set([...everyScreen, ...namespaces])) {
    const [top, group] = name.split(".") as [string, string | undefined];
    const whole = source[top];
    if (whole === undefined || typeof whole === "string") continue;
    if (group === undefined) {
      out[top] = whole;
    } else if (out[top] !== whole && whole[group] !== undefined) {
      const partial = (out[top] ?? {}) as Tree;
      out[top] = { ...partial, [group]: whole[group] };
    }
  }
  return out as Partial<Messages>;
}
