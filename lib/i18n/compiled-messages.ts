import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";

const compiled = new Map<string, CompiledMessage>();

/** One ICU message in icu-minify's compiled form, compiled once per process. */
export function compiledMessage(message: string): CompiledMessage {
  let result = compiled.get(message);
  if (result === undefined) {
    // Plain objects (the compiler's have no prototype), so server components can pass them on.
    result = JSON.parse(JSON.stringify(compile(message))) as CompiledMessage;
    compiled.set(message, result);
  }
  return result;
}

/**
 * Texts as the browser receives them: each message compiled on the server, so the browser
 * formats it without a message parser and, unless it counts or formats a number, without Intl,
 * whose first use costs a phone tens of milliseconds while the page hydrates. The shape is the
 * same; each text is its compiled form.
 */
export function compiledMessages<T>(messages: T): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return compiledMessage(node);
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    }
    return node;
  };
  return walk(messages) as T;
}
