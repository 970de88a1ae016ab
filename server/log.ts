import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino from "pino";
import { env } from "@/server/env";

type RequestContext = { requestId: string };

// On globalThis: the server and Next's bundles each load their own copy of this module.
const globalForLog = globalThis as unknown as { handoffRequestContext?: AsyncLocalStorage<RequestContext> };
globalForLog.handoffRequestContext ??= new AsyncLocalStorage<RequestContext>();
const requestContext = globalForLog.handoffRequestContext;

/** Fields that may hold secrets, at any of the depths our log calls use. */
const secretFields = [
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "oneTimePassword",
  "temporaryPassword",
  "secret",
  "token",
  "apiKey",
  "authorization",
  "cookie",
  '["set-cookie"]',
  "parameters",
  "params",
];
const redactPaths = secretFields.flatMap((f) => {
  const key = f.startsWith("[") ? f : `.${f}`;
  return [f.startsWith("[") ? `*${f}` : f, `*${key}`, `*.*${key}`, `err.cause${key}`, `*.headers${key}`];
});

/** Database errors quote their query's parameters in the message: drop them (they may be hashes or keys). */
function withoutParams(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, "\nparams: [redacted]");
  if (Array.isArray(value)) return value.map(withoutParams);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutParams(v)]));
  }
  return value;
}

function serializeError(error: unknown) {
  return withoutParams(error instanceof Error ? pino.stdSerializers.errWithCause(error) : error);
}

/**
 * The server's structured JSON log. Each line carries the request id of the request it was
 * written for; errors keep their cause chain; secrets are replaced by "[redacted]".
 */
export function createLogger(destination?: pino.DestinationStream, level: string = env.LOG_LEVEL) {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError, error: serializeError },
      redact: { paths: redactPaths, censor: "[redacted]" },
      mixin() {
        const id = requestContext.getStore()?.requestId;
        return id ? { requestId: id } : {};
      },
    },
    destination ?? pino.destination(1),
  );
}

export const logger = createLogger();

/**
 * The access log (a line per request, only method, path, status and time): the same lines
 * without the redaction pass, which costs about 20 times the line itself and has no secret
 * to find in these fields.
 */
export const accessLogger = logger.child({}, { redact: { paths: [], censor: "" } });

const saneRequestId = /^[A-Za-z0-9._:-]{8,100}$/;

/** A client's own request id when it looks sane (so it can follow a request across systems), else a new one. */
export function requestIdFor(incoming: string | string[] | undefined | null): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && saneRequestId.test(value) ? value : randomUUID();
}

/** Runs a request's handling with its id, so every log line written for it carries the id. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestContext.run({ requestId }, fn);
}
