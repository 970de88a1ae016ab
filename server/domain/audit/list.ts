import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { type AuditListInput, auditListInput } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, a page at a time, optionally for one kind of entity. Admins only. */
export async function listAudit(options: { db: DbOrTx; actor: UserActor; input: AuditListInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = auditListInput.parse(options.input);
  const where = input.entity ? eq(auditLog.entity, input.entity) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((input.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page: input.page, pageSize: AUDIT_PAGE_SIZE };
}
