import { z } from "zod";
import { arrivalEventSchema, arrivalPutSchema } from "@/server/domain/arrivals/schemas";
import { addressSchema, latLngSchema, parcelEventSchema, parcelPutSchema } from "@/server/domain/parcels/schemas";
import {
  webhookCreatedSchema,
  webhookCreateSchema,
  webhookSchema,
  webhookTestResultSchema,
} from "@/server/domain/webhooks/carrier-schemas";
import {
  arrivalEventResultSchema,
  arrivalSchema,
  discrepancySchema,
  errorSchema,
  eventSchema,
  parcelSchema,
  partnerSchema,
} from "./schemas";

/**
 * The Carrier API's OpenAPI 3.1 document, built from the zod schemas that validate requests
 * (each named with `meta({ id })` becomes a component).
 */

/**
 * The components, as the instances this module imports. Not zod's global registry: a server
 * bundles a module once per layer (route handlers, server components, client components), so
 * the global registry can hold two copies under one id.
 */
const components = [
  latLngSchema,
  addressSchema,
  parcelPutSchema,
  parcelEventSchema,
  arrivalPutSchema,
  arrivalEventSchema,
  webhookCreateSchema,
  webhookSchema,
  webhookCreatedSchema,
  webhookTestResultSchema,
  eventSchema,
  parcelSchema,
  partnerSchema,
  arrivalSchema,
  discrepancySchema,
  arrivalEventResultSchema,
  errorSchema,
];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const jsonBody = (id: string) => ({ content: { "application/json": { schema: ref(id) } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: errorDescriptions[status] ?? "Error", ...jsonBody("Error") },
    ]),
  );

const errorDescriptions: Record<number, string> = {
  400: "Malformed request: invalid JSON, a body not matching the schema, or a missing Idempotency-Key",
  401: "No API key, or an unknown or revoked one",
  404: "Not found (or not this carrier's)",
  409: "Conflicts with the current state; the message names the status",
  413: "Request body too large",
  422: "Valid JSON refused by a rule (e.g. out_of_radius with the distance, unknown_partner, idempotency_key_reused)",
  429: "Rate limit reached; see Retry-After",
};

const trackingIdParameter = { name: "trackingId", in: "path", required: true, schema: { type: "string" } };
const arrivalIdParameter = { name: "arrivalId", in: "path", required: true, schema: { type: "string" } };
const webhookIdParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const idempotencyKeyParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: true,
  description:
    "A replay with the same key and body returns the first answer and changes nothing; the same key with a different body is refused with 422 idempotency_key_reused.",
  schema: { type: "string", maxLength: 200 },
};

function componentSchemas() {
  const registry = z.registry<{ id: string }>();
  for (const schema of components) {
    const id = z.globalRegistry.get(schema)?.id;
    if (!id) throw new Error("An OpenAPI component needs meta({ id }).");
    registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "input",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Handoff Carrier API",
      version: "1.0.0",
      description:
        "How a carrier's systems announce parcels, schedule driver arrivals and report what happened. " +
        'Authenticate with `Authorization: Bearer <key>`. Errors are `{"error": {code, message, details}}`.',
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    paths: {
      "/health": {
        get: {
          summary: "Liveness and database reachability",
          security: [],
          responses: {
            "200": {
              description: "Up",
              content: { "application/json": { schema: { type: "object", properties: { status: { const: "ok" } } } } },
            },
            "503": { description: "The database is unreachable", ...jsonBody("Error") },
          },
        },
      },
      "/partners": {
        get: {
          summary: "The active partners this carrier serves",
          responses: {
            "200": {
              description: "Partners",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { partners: { type: "array", items: ref("Partner") } } },
                },
              },
            },
            ...errors(401, 429),
          },
        },
      },
      "/parcels/{trackingId}": {
        parameters: [trackingIdParameter],
        get: {
          summary: "A parcel with its status and events",
          responses: { "200": { description: "The parcel", ...jsonBody("Parcel") }, ...errors(400, 401, 404, 429) },
        },
        put: {
          summary: "Announce or update a parcel (repeating the same PUT changes nothing)",
          requestBody: { required: true, ...jsonBody("ParcelPut") },
          responses: {
            "201": { description: "Announced", ...jsonBody("Parcel") },
            "200": { description: "Updated, or unchanged", ...jsonBody("Parcel") },
            ...errors(400, 401, 409, 413, 422, 429),
          },
        },
      },
      "/parcels/{trackingId}/events": {
        parameters: [trackingIdParameter, idempotencyKeyParameter],
        post: {
          summary:
            "Report what happened to a parcel outside the store: cancelled (before handoff) or delivered (a mall parcel after pickup)",
          requestBody: { required: true, ...jsonBody("ParcelEvent") },
          responses: {
            "200": {
              description: "Applied (or already so, or replayed); sends parcel.cancelled / parcel.delivered",
              ...jsonBody("Parcel"),
            },
            ...errors(400, 401, 404, 409, 413, 429),
            "409": {
              description:
                "The parcel's status does not allow it (e.g. cancelling after handoff); details.status names the status",
              ...jsonBody("Error"),
            },
            "422": {
              description:
                "Refused by a rule: not_mall_parcel (delivered is reported by the store for local delivery), time_out_of_range (at more than a day ahead or before the partner existed), idempotency_key_reused",
              ...jsonBody("Error"),
            },
          },
        },
      },
      "/webhooks": {
        get: {
          summary: "This carrier's webhook endpoints (secrets are never listed)",
          responses: {
            "200": {
              description: "Endpoints",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { webhooks: { type: "array", items: ref("Webhook") } } },
                },
              },
            },
            ...errors(401, 429),
          },
        },
        post: {
          summary: "Register an endpoint for the listed events; the signing secret is shown in this answer only",
          requestBody: { required: true, ...jsonBody("WebhookCreate") },
          responses: {
            "201": { description: "Registered", ...jsonBody("WebhookCreated") },
            ...errors(400, 401, 413, 429),
          },
        },
      },
      "/webhooks/{id}": {
        parameters: [webhookIdParameter],
        delete: {
          summary: "Remove an endpoint and its queued deliveries",
          responses: { "204": { description: "Removed" }, ...errors(400, 401, 404, 429) },
        },
      },
      "/webhooks/{id}/test": {
        parameters: [webhookIdParameter],
        post: {
          summary: "Queue a signed webhook.test event to this endpoint",
          responses: {
            "202": { description: "Queued", ...jsonBody("WebhookTestResult") },
            ...errors(400, 401, 404, 429),
          },
        },
      },
      "/arrivals/{arrivalId}": {
        parameters: [arrivalIdParameter],
        get: {
          summary: "A scheduled driver arrival with its manifest",
          responses: { "200": { description: "The arrival", ...jsonBody("Arrival") }, ...errors(400, 401, 404, 429) },
        },
        put: {
          summary: "Schedule or reschedule a driver arrival with its manifest",
          requestBody: { required: true, ...jsonBody("ArrivalPut") },
          responses: {
            "201": { description: "Scheduled", ...jsonBody("Arrival") },
            "200": { description: "Rescheduled, or unchanged", ...jsonBody("Arrival") },
            ...errors(400, 401, 409, 413, 422, 429),
            "422": {
              description:
                "Valid JSON refused by a rule: unknown_partner, kind_mismatch, unknown_parcels, parcel_partner_mismatch, or partner_closed (a dropoff whose window starts on one of the partner's closure days, in its local time; details name the day)",
              ...jsonBody("Error"),
            },
          },
        },
      },
      "/arrivals/{arrivalId}/events": {
        parameters: [
          arrivalIdParameter,
          {
            name: "Idempotency-Key",
            in: "header",
            required: true,
            description:
              "A replay with the same key and body returns the first answer and changes nothing; the same key with a different body is refused with 422 idempotency_key_reused.",
            schema: { type: "string", maxLength: 200 },
          },
        ],
        post: {
          summary: "Report what happened: eta, arrived, departed (with pickedUp/droppedOff), cancelled",
          requestBody: { required: true, ...jsonBody("ArrivalEvent") },
          responses: {
            "200": {
              description: "Applied (or replayed), with any handoff discrepancies",
              ...jsonBody("ArrivalEventResult"),
            },
            ...errors(400, 401, 404, 409, 413, 422, 429),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: componentSchemas(),
    },
  };
}
