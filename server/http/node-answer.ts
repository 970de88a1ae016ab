import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
/** Bodies smaller than this are sent as they are (Next's compression does the same). */
const compressFrom = 1024;

/** A web `Headers` from a Node request's headers. */
export function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * Sends a web `Response` on a Node response as Next would: `fixedHeaders` (the headers
 * next.config.mjs gives every API answer) first, then the answer's own, gzip past 1 kB when asked.
 */
export async function sendResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
  fixedHeaders: readonly { key: string; value: string }[],
): Promise<void> {
  let payload = Buffer.from(await response.arrayBuffer());
  for (const { key, value } of fixedHeaders) res.setHeader(key, value);
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  res.setHeader("vary", [response.headers.get("vary"), "Accept-Encoding"].filter(Boolean).join(", "));
  if (payload.length >= compressFrom && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    payload = await gzipAsync(payload);
    res.setHeader("content-encoding", "gzip");
  }
  res.setHeader("content-length", payload.length);
  res.writeHead(response.status);
  res.end(payload);
}
