import type { z } from "zod";
import { decodePathSegment } from "@/lib/url";
import { AppError, toAppError } from "@/server/errors";
import { logger } from "@/server/log";

/** JSON answers and the Carrier API's error envelope: `{"error": {code, message, details}}`. */

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return jsonText(status, JSON.stringify(body), headers);
}

/** A JSON answer from its exact text (a stored answer replayed byte for byte). */
export function jsonText(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

const defaultCodes: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  422: "unprocessable",
  429: "rate_limited",
  500: "internal",
  503: "unavailable",
};

/** The envelope and status for any thrown value (5xx causes are logged, never sent). */
export function errorEnvelope(error: unknown): {
  status: number;
  body: { error: ErrorBody };
  headers: Record<string, string>;
} {
  const appError = toAppError(error);
  const status = appError.httpStatus;
  if (status >= 500) logger.error({ err: appError }, "request failed");
  const body: ErrorBody = { code: appError.reason ?? defaultCodes[status] ?? "error", message: appError.message };
  if (appError.details !== undefined) body.details = appError.details;
  const headers: Record<string, string> = appError.retryAfterSeconds
    ? { "retry-after": String(appError.retryAfterSeconds) }
    : {};
  return { status, body: { error: body }, headers };
}

type ErrorBody = { code: string; message: string; details?: unknown };

export function errorResponse(error: unknown): Response {
  const { status, body, headers } = errorEnvelope(error);
  return json(status, body, headers);
}

/**
 * Reads a JSON body no larger than `maxBytes` and validates it. Malformed JSON and schema
 * failures are 400s with the failing fields in `details`.
 */
export async function readJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number,
): Promise<z.infer<T>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read().catch((error: unknown) => {
        // The client went away (or broke the stream) mid-body: its request, not the server, failed.
        throw new AppError("BAD_REQUEST", "The request body could not be read.", {
          reason: "unreadable_body",
          cause: error,
        });
      });
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.", { reason: "malformed_json" });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", "The request body does not match the schema.", {
      reason: "invalid_body",
      details: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  return parsed.data;
}

function tooLarge(maxBytes: number) {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
}

/** Validates a path parameter, answering 400 with the reason. */
export function parsePathParam<T extends z.ZodType>(schema: T, value: string, name: string): z.infer<T> {
  const decoded = decodePathSegment(value);
  const parsed = decoded === null ? null : schema.safeParse(decoded);
  if (!parsed?.success) {
    const why = parsed ? (parsed.error.issues[0]?.message ?? "malformed") : "broken percent-encoding";
    throw new AppError("BAD_REQUEST", `Invalid ${name}: ${why}`, { reason: "invalid_path" });
  }
  return parsed.data;
}
