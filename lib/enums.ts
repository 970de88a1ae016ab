/** The closed sets of the product (statuses, roles, programs…), shared by client, server and the database schema. */
export const programs = ["mall_pickup", "local_delivery"] as const;
export type Program = (typeof programs)[number];

export const roles = ["store_staff", "store_owner", "regional_manager", "admin"] as const;
export type Role = (typeof roles)[number];

export const parcelStatuses = [
  "announced",
  "ready",
  "picked_up",
  "at_store",
  "out_for_delivery",
  "attempted",
  "delivered",
  "returned",
  "cancelled",
] as const;
export type ParcelStatus = (typeof parcelStatuses)[number];

export const serviceLevels = ["same_day", "two_day"] as const;
export type ServiceLevel = (typeof serviceLevels)[number];

export const arrivalKinds = ["pickup", "dropoff"] as const;
export type ArrivalKind = (typeof arrivalKinds)[number];

export const arrivalStatuses = ["scheduled", "en_route", "arrived", "completed", "missed", "cancelled"] as const;
export type ArrivalStatus = (typeof arrivalStatuses)[number];

export const attemptOutcomes = ["delivered", "failed"] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];

export const failureReasons = [
  "no_access",
  "cannot_locate",
  "no_safe_place",
  "recipient_unavailable",
  "refused",
  "damaged",
  "other",
] as const;
export type FailureReason = (typeof failureReasons)[number];

/** What went wrong with one parcel on one arrival's manifest. */
export const manifestDiscrepancies = [
  "missing", // on the drop-off manifest, never scanned in
  "unexpected", // scanned in, not on the manifest
  "damaged", // arrived damaged
  "not_ready", // due on a pickup, store had not made it ready (store's miss)
  "not_taken", // ready, but the driver did not take it (driver's miss)
  "handoff_mismatch", // store scan and carrier departure disagree
] as const;
export type ManifestDiscrepancy = (typeof manifestDiscrepancies)[number];

export const actorKinds = ["user", "carrier", "system"] as const;
export type ActorKind = (typeof actorKinds)[number];

export const eventSubjects = ["parcel", "arrival"] as const;

export const proofKinds = ["photo", "signature", "damage_photo"] as const;
export type ProofKind = (typeof proofKinds)[number];

export const storageBackends = ["local", "s3"] as const;

export const webhookEventTypes = [
  "parcel.ready",
  "parcel.unready",
  "parcel.received",
  "parcel.out_for_delivery",
  "parcel.delivered",
  "parcel.delivery_failed",
  "parcel.returned",
  "parcel.cancelled",
  "arrival.discrepancy",
  /** Sent only on request, to one endpoint, to check it receives and verifies. */
  "webhook.test",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** The events an endpoint can subscribe to (a test is sent only when asked for). */
export const subscribableWebhookEventTypes = webhookEventTypes.filter(
  (t): t is Exclude<WebhookEventType, "webhook.test"> => t !== "webhook.test",
) as [Exclude<WebhookEventType, "webhook.test">, ...Exclude<WebhookEventType, "webhook.test">[]];

export const webhookDeliveryStatuses = ["pending", "succeeded", "failed"] as const;

export const auditEntities = ["carrier", "api_key", "region", "mall", "partner", "person", "webhook"] as const;
export type AuditEntity = (typeof auditEntities)[number];
