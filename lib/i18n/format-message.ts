import type { CompiledMessage } from "icu-minify/format";
import formatCompiled from "use-intl/format-message/format-only";
import { compiledMessage } from "./compiled-messages";

/**
 * next-intl's message formatting on the server (next.config.mjs aliases `use-intl/format-message`
 * here; the browser gets `format-only` alone). The server's own texts arrive as ICU strings and
 * are compiled on first use; the client provider's arrive compiled (`compiledMessages`). Both
 * are formatted by the same code as in the browser, so a page's server render and its hydration
 * read alike.
 */
export default function formatMessage(...args: Parameters<typeof formatCompiled>): ReturnType<typeof formatCompiled> {
  const [key, message, values, options] = args;
  const compiled: CompiledMessage = typeof message === "string" ? compiledMessage(message) : message;
  return formatCompiled(key, compiled, values, options);
}
formatMessage.raw = false;
