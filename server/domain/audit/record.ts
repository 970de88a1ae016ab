import "server-only";
import type { DbOrTx } from "@/db/client";
import { type AuditEntity, auditLog } from "@/db/schema";
import type { SystemActor, UserActor } from "../actor";

type Snapshot = Record<string, unknown> | null;

/**
 * Appends one change to the audit log. Call it inside the change's own transaction, so the
 * record exists exactly when the change does. Only the fields that differ are kept.
 */
export async function recordAudit(options: {
  db: DbOrTx;
  actor: UserActor | SystemActor;
  entity: AuditEntity;
  entityId: string;
  action: string;
  before?: Snapshot;
  after?: Snapshot;
}) {
  const { db: tx, before = null, after = null } = options;
  const [keptBefore, keptAfter] = before && after ? changedOnly(before, after) : [before, after];
  await tx.insert(auditLog).values({
    actorUserId: options.actor.kind === "user" ? options.actor.userId : null,
    actorLabel: options.actor.kind === "user" ? options.actor.name : options.actor.label,
    entity: options.entity,
    entityId: options.entityId,
    action: options.action,
    before: keptBefore,
    after: keptAfter,
  });
}

function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>): [Snapshot, Snapshot] {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    b[key] = before[key];
    a[key] = after[key];
  }
  return [b, a];
}
