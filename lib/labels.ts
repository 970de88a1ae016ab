import type { AuditEntity, FailureReason, ManifestDiscrepancy, Program, Role } from "./enums";

/**
 * How people read each closed set, one map per set (parcel and arrival statuses are the
 * lifecycle's `statusLabel`). Pure: shared by client and server.
 */

export const programLabels: Record<Program, string> = {
  mall_pickup: "Mall pickup",
  local_delivery: "Local delivery",
};

export const roleLabels: Record<Role, string> = {
  store_staff: "Store staff",
  store_owner: "Store owner",
  regional_manager: "Regional manager",
  admin: "Administrator",
};

/** The cause of a missed pickup is always named. */
export const discrepancyLabels: Record<ManifestDiscrepancy, string> = {
  not_ready: "Missed: not ready (store)",
  not_taken: "Missed: not taken (driver)",
  handoff_mismatch: "Handoff mismatch",
  missing: "Missing",
  unexpected: "Not on the manifest",
  damaged: "Damaged",
};

/** A discrepancy as read, for a value typed only as a string. */
export function discrepancyLabel(value: string): string {
  return discrepancyLabels[value as ManifestDiscrepancy] ?? value;
}

/** In the order the delivery form offers them. */
export const failureReasonLabels: Record<FailureReason, string> = {
  no_access: "No access",
  cannot_locate: "Cannot locate",
  no_safe_place: "No safe place",
  recipient_unavailable: "Recipient unavailable",
  refused: "Refused",
  damaged: "Damaged",
  other: "Other",
};

export const auditEntityLabels: Record<AuditEntity, string> = {
  carrier: "Carriers",
  api_key: "API keys",
  region: "Regions",
  mall: "Malls",
  partner: "Partners",
  person: "People",
  webhook: "Webhooks",
};
