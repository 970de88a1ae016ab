import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

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

  constructor(
    code: AppErrorCode,
    message: string,
    options: { reason?: string; details?: unknown; cause?: unknown; retryAfterSeconds?: number; field?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.reason = options.reason;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.field = options.field;
  }

  get httpStatus(): number {
    return codes[this.code].http;
  }

  get trpcCode(): TRPC_ERROR_CODE_KEY {
    return codes[this.code].trpc;
  }
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found.`);
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
    return new AppError("UNAVAILABLE", "The database is unreachable right now. Please try again shortly.", {
      cause: error,
    });
  }
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.", { cause: error });
}
