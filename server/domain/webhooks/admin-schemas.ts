import { z } from "zod";
import { webhookEventTypes } from "@/lib/enums";
import { pageNumberSchema } from "@/lib/pagination";
import { idSchema } from "../admin/fields";

const url = z.string().trim().min(1, "Enter the endpoint URL.").max(2000, "At most 2,000 characters.");
const eventTypes = z
  .array(z.enum(webhookEventTypes))
  .min(1, "Choose at least one event.")
  .max(webhookEventTypes.length * 2);

export const createWebhookInput = z.strictObject({ carrierId: z.uuid("Choose a carrier."), url, eventTypes });
export const updateWebhookInput = z.strictObject({ id: idSchema, url, eventTypes });
export const webhookIdInput = z.strictObject({ id: idSchema });
export const deliveryIdInput = z.strictObject({ deliveryId: idSchema });

/** The webhooks page: its endpoints, and one page of the deliveries, newest first. */
export const webhookListInput = z.strictObject({ page: pageNumberSchema.default(1) }).default({ page: 1 });

export type CreateWebhookInput = z.input<typeof createWebhookInput>;
export type UpdateWebhookInput = z.input<typeof updateWebhookInput>;
