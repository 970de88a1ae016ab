import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { defaultLocale, type Locale } from "@/lib/format";
import { translatorFor } from "@/lib/i18n/translate";

/** The portal's error codes, each with its tRPC code and HTTP status. */
const codes = {
  BAD_REQUEST: { trpc: "BAD_REQUEST", http: 400 },
  UNAUTHORIZED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  UNPROCESSABLE: { trpc: "UNPROCESSABLE_CONTENT", http: 422 },
  PAYLOAD_TOO_LARGE: { trpc: "PAYLOAD_TOO_LARGE", http: 413 },
  TOO_MANY_REQUESTS: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
  INTERNAL: { trpc: "INTERNAL_SERVER_ERROR", http: 500 },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export type AppErrorCode = keyof typeof codes;

/** A message of the `errors` texts' `server` part, with what it fills in. */
export type ErrorText = {
  key: Extract<Parameters<ReturnType<typeof translatorFor<"errors">>>[0], `server.${string}`>;
  values?: Record<string, string | number>;
};

type AppErrorOptions = {
  reason?: string;
  details?: unknown;
  cause?: unknown;
  retryAfterSeconds?: number;
  field?: string;
  /** The message as a text, so the portal can give it in the person's language (`inLanguage`). */
  text?: ErrorText;
};

/**
 * The one error type of the domain. `message` is for the person using the portal; `reason`
 * is a stable machine word (e.g. `out_of_radius`) for API clients; `cause` stays in the logs.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly reason: string | undefined;
  readonly details: unknown;
  /** For TOO_MANY_REQUESTS: when to try again. */
  readonly retryAfterSeconds: number | undefined;
  /** The form field the refusal is about, so the portal shows it there (not sent to API clients). */
  readonly field: string | undefined;
  readonly text: ErrorText | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.reason = options.reason;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.field = options.field;
    this.text = options.text;
  }

  get httpStatus(): number {
    return codes[this.code].http;
  }

  get trpcCode(): TRPC_ERROR_CODE_KEY {
    return codes[this.code].trpc;
  }
}

const english = translatorFor(defaultLocale, "errors");

/** A text as the Carrier API and the logs read it. */
export function inEnglish(text: ErrorText): string {
  return english(text.key, text.values);
}

/**
 * An error worded from the `errors` texts, for code that does not know who reads it: English in
 * `message` (logs, the Carrier API), the person's language where the portal answers them.
 */
export function wordedError(code: AppErrorCode, text: ErrorText, options: Omit<AppErrorOptions, "text"> = {}) {
  return new AppError(code, inEnglish(text), { ...options, text });
}

/** The same error in `locale`, when its message is a text; otherwise the error itself. */
export function inLanguage(error: AppError, locale: Locale): AppError {
  if (!error.text || locale === defaultLocale) return error;
  return new AppError(error.code, translatorFor(locale, "errors")(error.text.key, error.text.values), {
    reason: error.reason,
    details: error.details,
    cause: error.cause,
    retryAfterSeconds: error.retryAfterSeconds,
    field: error.field,
    text: error.text,
  });
}

/** The things a person may look for and not find, each with its `server.notFound` text. */
const notFoundKeys = {
  Parcel: "parcel",
  Arrival: "arrival",
  "Drop-off": "dropoff",
  Store: "store",
  Person: "person",
  Partner: "partner",
  "Closure day": "closureDay",
  Photo: "photo",
  Carrier: "carrier",
  "API key": "apiKey",
  Region: "region",
  Mall: "mall",
  Webhook: "webhook",
  Delivery: "delivery",
  Page: "page",
} as const;

/** "Parcel not found." (404), in the reader's language where the portal answers. */
export function notFound(what: keyof typeof notFoundKeys): AppError {
  return wordedError("NOT_FOUND", { key: `server.notFound.${notFoundKeys[what]}` });
}

/** Connection-level failures (server down, refused, reset): a 503, never a 400. */
const unavailableErrorCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57014", // query_canceled: the statement timeout ended a query stuck behind an outage
  "08000", // connection_exception
  "08001", // could not connect
  "08003", // connection_does_not_exist
  "08006", // connection_failure
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && unavailableErrorCodes.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Any thrown value as an AppError, keeping the original as the cause. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    return wordedError("UNAVAILABLE", { key: "server.databaseUnreachable" }, { cause: error });
  }
  return wordedError("INTERNAL", { key: "server.internal" }, { cause: error });
}
