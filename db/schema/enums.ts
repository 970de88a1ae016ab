import { pgEnum } from "drizzle-orm/pg-core";

export const programs = ["mall_pickup", "local_delivery"] as const;
export type Program = (typeof programs)[number];
export const programEnum = pgEnum("program", programs);

export const roles = ["store_staff", "store_owner", "regional_manager", "admin"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

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
export const parcelStatusEnum = pgEnum("parcel_status", parcelStatuses);

export const serviceLevels = ["same_day", "two_day"] as const;
export type ServiceLevel = (typeof serviceLevels)[number];
export const serviceLevelEnum = pgEnum("service_level", serviceLevels);

export const arrivalKinds = ["pickup", "dropoff"] as const;
export type ArrivalKind = (typeof arrivalKinds)[number];
export const arrivalKindEnum = pgEnum("arrival_kind", arrivalKinds);

export const arrivalStatuses = ["scheduled", "en_route", "arrived", "completed", "missed", "cancelled"] as const;
export type ArrivalStatus = (typeof arrivalStatuses)[number];
export const arrivalStatusEnum = pgEnum("arrival_status", arrivalStatuses);

export const attemptOutcomes = ["delivered", "failed"] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];
export const attemptOutcomeEnum = pgEnum("attempt_outcome", attemptOutcomes);

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
export const failureReasonEnum = pgEnum("failure_reason", failureReasons);

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
export const manifestDiscrepancyEnum = pgEnum("manifest_discrepancy", manifestDiscrepancies);

export const actorKinds = ["user", "carrier", "system"] as const;
export type ActorKind = (typeof actorKinds)[number];
export const actorKindEnum = pgEnum("actor_kind", actorKinds);

export const eventSubjects = ["parcel", "arrival"] as const;
export const eventSubjectEnum = pgEnum("event_subject", eventSubjects);

export const proofKinds = ["photo", "signature", "damage_photo"] as const;
export type ProofKind = (typeof proofKinds)[number];
export const proofKindEnum = pgEnum("proof_kind", proofKinds);

export const storageBackends = ["local", "s3"] as const;
export const storageBackendEnum = pgEnum("storage_backend", storageBackends);

export const webhookEventTypes = [
  "parcel.ready",
  "parcel.unready",
  "parcel.received",
  "parcel.delivered",
  "parcel.delivery_failed",
  "parcel.returned",
  "arrival.discrepancy",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
export const webhookEventTypeEnum = pgEnum("webhook_event_type", webhookEventTypes);

export const webhookDeliveryStatuses = ["pending", "succeeded", "failed"] as const;
export const webhookDeliveryStatusEnum = pgEnum("webhook_delivery_status", webhookDeliveryStatuses);
