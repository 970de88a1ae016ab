import type { IncomingMessage, ServerResponse } from "node:http";
import { sessionUserFromCookies } from "@/server/auth/session-cookie";
import { headersOf, sendResponse } from "@/server/http/node-answer";
import { handleTRPCRequest } from "./http";
import { createTRPCContext } from "./init";
import { appRouter } from "./root";

/**
 * The production server answers `/api/trpc` queries and mutations itself, with the same
 * handler, context, session reading and limits as the route in app/api/trpc, instead of passing
 * them through Next's request pipeline (routing, request wrappers, web-stream piping, tracing),
 * which cost more CPU per request than the procedures themselves (decision 017). Subscriptions
 * (the live screens' event streams) and unknown paths still go to Next, as do all requests in
 * development.
 */

const prefix = "/api/trpc/";

type Procedures = Record<string, { _def: { type: "query" | "mutation" | "subscription" } } | undefined>;
const procedures = (appRouter._def as unknown as { procedures: Procedures }).procedures;

/** Whether this request is one the server answers directly: GET or POST of known queries and mutations. */
export function answersDirectly(method: string | undefined, path: string): boolean {
  if ((method !== "GET" && method !== "POST") || !path.startsWith(prefix)) return false;
  let names: string[];
  try {
    names = decodeURIComponent(path.slice(prefix.length)).split(",");
  } catch {
    return false;
  }
  return names.every((name) => {
    const type = procedures[name]?._def.type;
    return type === "query" || type === "mutation";
  });
}

/**
 * Answers one tRPC request. `fixedHeaders` are the headers next.config.mjs gives every API
 * answer (security headers), so the answer carries the same ones as through Next.
 */
export async function answerTRPC(
  req: IncomingMessage,
  res: ServerResponse,
  fixedHeaders: readonly { key: string; value: string }[],
): Promise<void> {
  const headers = headersOf(req);
  let body: Buffer | undefined;
  try {
    body = req.method === "POST" ? await readBody(req) : undefined;
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) {
      // The client went away mid-body: nobody is left to answer, and nothing failed here.
      if (req.destroyed) return void res.destroy();
      throw error;
    }
    for (const { key, value } of fixedHeaders) res.setHeader(key, value);
    res.writeHead(413, { "content-type": "application/json", connection: "close" });
    // tRPC's own error shape, so the portal's client reads the message as from any procedure.
    const message = "The request is too large.";
    res.end(
      JSON.stringify({
        error: { json: { message, code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
      }),
    );
    return;
  }
  const request = new Request(new URL(req.url ?? "/", "http://localhost"), {
    method: req.method,
    headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
  const response = await handleTRPCRequest(request, async () =>
    createTRPCContext({ headers: request.headers, sessionUser: await sessionUserFromCookies(headers.get("cookie")) }),
  );
  await sendResponse(req, res, response, fixedHeaders);
}

/** tRPC inputs are small JSON (photos and signatures go to /api/proofs): a larger body is refused unread. */
export const maxTRPCBodyBytes = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxTRPCBodyBytes) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxTRPCBodyBytes) {
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
