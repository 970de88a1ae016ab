import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { headersOf, sendResponse } from "@/server/http/node-answer";
import { getParcelRoute, putParcelRoute } from "./routes/parcel";

/**
 * The production server answers the Carrier API's busiest address, a parcel's GET and PUT
 * (announcements), itself, with the same route functions as app/api/v1 and the same headers,
 * rather than through Next's request pipeline (decision 017). Every other API address goes to Next.
 */
const parcelPath = /^\/api\/v1\/parcels\/([^/]+)$/;

const routes = { GET: getParcelRoute, PUT: putParcelRoute } as const;

/** Whether the server answers this request itself. */
export function carrierAnswersDirectly(method: string | undefined, path: string): boolean {
  return (method === "GET" || method === "PUT") && parcelPath.test(path);
}

/** Answers one Carrier API request (see `carrierAnswersDirectly`); the body streams to the route, which limits it. */
export async function answerCarrier(
  req: IncomingMessage,
  res: ServerResponse,
  fixedHeaders: readonly { key: string; value: string }[],
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method as keyof typeof routes;
  // As Next hands route params over: the segment as sent, still percent-encoded.
  const trackingId = parcelPath.exec((req.url ?? "").split("?")[0] ?? "")?.[1] ?? "";
  const request = new Request(url, {
    method,
    headers: headersOf(req),
    ...(method === "PUT" ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
  const response = await routes[method](request, { params: Promise.resolve({ trackingId }) });
  await sendResponse(req, res, response, fixedHeaders);
}
