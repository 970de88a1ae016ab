import { pgEnum } from "drizzle-orm/pg-core";

import {
  actorKinds,
  arrivalKinds,
  arrivalStatuses,
  attemptOutcomes,
  auditEntities,
  eventSubjects,
  failureReasons,
  manifestDiscrepancies,
  parcelStatuses,
  programs,
  proofKinds,
  roles,
  serviceLevels,
  storageBackends,
  webhookDeliveryStatuses,
  webhookEventTypes,
} from "../../lib/enums";

/** The closed sets live in lib (shared with the client); these are their database types. */
export * from "../../lib/enums";

export const programEnum = pgEnum("program", programs);
export const roleEnum = pgEnum("role", roles);
export const parcelStatusEnum = pgEnum("parcel_status", parcelStatuses);
export const serviceLevelEnum = pgEnum("service_level", serviceLevels);
export const arrivalKindEnum = pgEnum("arrival_kind", arrivalKinds);
export const arrivalStatusEnum = pgEnum("arrival_status", arrivalStatuses);
export const attemptOutcomeEnum = pgEnum("attempt_outcome", attemptOutcomes);
export const failureReasonEnum = pgEnum("failure_reason", failureReasons);
export const manifestDiscrepancyEnum = pgEnum("manifest_discrepancy", manifestDiscrepancies);
export const actorKindEnum = pgEnum("actor_kind", actorKinds);
export const eventSubjectEnum = pgEnum("event_subject", eventSubjects);
export const proofKindEnum = pgEnum("proof_kind", proofKinds);
export const storageBackendEnum = pgEnum("storage_backend", storageBackends);
export const webhookEventTypeEnum = pgEnum("webhook_event_type", webhookEventTypes);
export const webhookDeliveryStatusEnum = pgEnum("webhook_delivery_status", webhookDeliveryStatuses);
export const auditEntityEnum = pgEnum("audit_entity", auditEntities);
