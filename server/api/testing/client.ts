import * as arrivalEventsRoute from "@/app/api/v1/arrivals/[arrivalId]/events/route";
import * as arrivalRoute from "@/app/api/v1/arrivals/[arrivalId]/route";
import * as healthRoute from "@/app/api/v1/health/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as parcelEventsRoute from "@/app/api/v1/parcels/[trackingId]/events/route";
import * as parcelRoute from "@/app/api/v1/parcels/[trackingId]/route";
import * as partnersRoute from "@/app/api/v1/partners/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[id]/route";
import * as webhookTestRoute from "@/app/api/v1/webhooks/[id]/test/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

const routes: { pattern: RegExp; names: string[]; module: Record<string, unknown> }[] = [
  { pattern: /^\/api\/v1\/health$/, names: [], module: healthRoute },
  { pattern: /^\/api\/v1\/openapi\.json$/, names: [], module: openapiRoute },
  { pattern: /^\/api\/v1\/partners$/, names: [], module: partnersRoute },
  { pattern: /^\/api\/v1\/parcels\/([^/]+)$/, names: ["trackingId"], module: parcelRoute },
  { pattern: /^\/api\/v1\/parcels\/([^/]+)\/events$/, names: ["trackingId"], module: parcelEventsRoute },
  { pattern: /^\/api\/v1\/webhooks$/, names: [], module: webhooksRoute },
  { pattern: /^\/api\/v1\/webhooks\/([^/]+)$/, names: ["id"], module: webhookRoute },
  { pattern: /^\/api\/v1\/webhooks\/([^/]+)\/test$/, names: ["id"], module: webhookTestRoute },
  { pattern: /^\/api\/v1\/arrivals\/([^/]+)$/, names: ["arrivalId"], module: arrivalRoute },
  { pattern: /^\/api\/v1\/arrivals\/([^/]+)\/events$/, names: ["arrivalId"], module: arrivalEventsRoute },
];

/**
 * Calls the Carrier API's route handlers the way Next.js does, without a server: for contract
 * tests on the test database.
 */
export async function callApi(
  method: string,
  path: string,
  options: { key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const handler = route.module[method] as Handler | undefined;
    if (!handler) return { status: 405, body: null, text: "", headers: new Headers() };
    const params = Object.fromEntries(route.names.map((name, i) => [name, match[i + 1] ?? ""]));
    const headers = new Headers(options.headers);
    if (options.key) headers.set("authorization", `Bearer ${options.key}`);
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers.set("content-type", "application/json");
    const response = await handler(new Request(`http://portal.test${path}`, { method, headers, body }), {
      params: Promise.resolve(params),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, text, headers: response.headers };
  }
  throw new Error(`no route for ${path}`);
}
