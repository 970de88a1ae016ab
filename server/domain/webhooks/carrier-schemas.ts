import "server-only";
import { z } from "zod";
import { subscribableWebhookEventTypes } from "@/db/schema";

/** The Carrier API's own webhook endpoints: request and answer shapes (they make the OpenAPI document). */

export const webhookIdParam = z.uuid({ message: "Webhook IDs are UUIDs." });

export const webhookCreateSchema = z
  .object({
    url: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .regex(/^[^\p{Cc}\s]*$/u, "No spaces or control characters.")
      .meta({ description: "An HTTPS endpoint", example: "https://carrier.example/hooks/handoff" }),
    events: z.array(z.enum(subscribableWebhookEventTypes)).min(1).max(subscribableWebhookEventTypes.length),
  })
  .strict()
  .meta({ id: "WebhookCreate" });
export type WebhookCreate = z.infer<typeof webhookCreateSchema>;

export const webhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(subscribableWebhookEventTypes)),
    active: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Webhook" });

export const webhookCreatedSchema = webhookSchema
  .extend({ secret: z.string().meta({ description: "The signing secret; shown only in this answer" }) })
  .meta({ id: "WebhookCreated" });

export const webhookTestResultSchema = z
  .object({ deliveryId: z.uuid(), status: z.literal("queued") })
  .meta({ id: "WebhookTestResult" });
