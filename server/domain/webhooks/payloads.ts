import type { FailureReason, ManifestDiscrepancy, WebhookEventType } from "@/lib/enums";

/** One entry of an `arrival.discrepancy`: a parcel and what was wrong with it. */
export type Discrepancy = { trackingId: string; kind: ManifestDiscrepancy };

type ParcelRef = { trackingId: string; partnerCode: string };

/**
 * The `data` a carrier receives for each webhook event type. Every outgoing event is built
 * against this map, so a payload cannot drift from its type; keys are only ever added.
 */
export type WebhookPayloads = {
  "parcel.ready": ParcelRef;
  "parcel.unready": ParcelRef;
  "parcel.received": ParcelRef;
  "parcel.out_for_delivery": ParcelRef;
  /** `at` as the store reports it, `deliveredAt` as the carrier's own report was always sent: both kept. */
  "parcel.delivered": ParcelRef & { at: string; deliveredAt: string };
  "parcel.delivery_failed": ParcelRef & { at: string; reason: FailureReason };
  "parcel.returned": ParcelRef;
  "parcel.cancelled": ParcelRef & { reason: string };
  "arrival.discrepancy": { arrivalId: string; partnerCode: string; discrepancies: Discrepancy[] };
  "webhook.test": { webhookId: string };
};

// A type in the closed set without a payload (or the reverse) fails to compile here.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const everyTypeHasAPayload: Exact<keyof WebhookPayloads, WebhookEventType> = true;

/** One webhook to queue, its payload typed by its type. */
export type OutgoingWebhook = {
  [K in keyof WebhookPayloads]: { type: K; data: WebhookPayloads[K] };
}[keyof WebhookPayloads];
