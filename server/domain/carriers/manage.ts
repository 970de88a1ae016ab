import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { carriers, partners } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { type CreateCarrierInput, createCarrierInput, type RenameCarrierInput, renameCarrierInput } from "./schemas";

/** A stable code from the name: lower-case letters, digits and dashes. */
function codeFor(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "carrier";
}

/** Every carrier with how many partners it serves. Admins only. */
export async function listCarriersWithPartners(options: { db: DbOrTx; actor: UserActor }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const [rows, served] = await Promise.all([
    db.select().from(carriers).orderBy(asc(carriers.name)),
    db
      .select({ carrierId: partners.carrierId, code: partners.code, name: partners.name })
      .from(partners)
      .orderBy(asc(partners.code)),
  ]);
  return rows.map((c) => ({ ...c, partners: served.filter((p) => p.carrierId === c.id) }));
}

export async function createCarrier(options: { db: DbOrTx; actor: UserActor; input: CreateCarrierInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const { name } = createCarrierInput.parse(options.input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(carriers)
      .values({ name, code: codeFor(name) })
      .onConflictDoNothing({ target: carriers.code })
      .returning();
    if (!row) throw new AppError("CONFLICT", `A carrier named ${name} already exists.`, { reason: "name_taken" });
    await recordAudit({ db: tx, actor, entity: "carrier", entityId: row.id, action: "create", after: { name } });
    return row;
  });
}

export async function renameCarrier(options: { db: DbOrTx; actor: UserActor; input: RenameCarrierInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = renameCarrierInput.parse(options.input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(carriers).where(eq(carriers.id, input.id)).for("update");
    if (!current) throw notFound("Carrier");
    const [row] = await tx.update(carriers).set({ name: input.name }).where(eq(carriers.id, input.id)).returning();
    await recordAudit({
      db: tx,
      actor,
      entity: "carrier",
      entityId: input.id,
      action: "rename",
      before: { name: current.name },
      after: { name: input.name },
    });
    return row!;
  });
}

/** Carriers to choose from when onboarding a partner (managers and admins). */
export async function carrierChoices(options: { db: DbOrTx; actor: UserActor }) {
  const { db, actor } = options;
  if (actor.role !== "admin" && actor.role !== "regional_manager") return [];
  return db.select({ id: carriers.id, name: carriers.name }).from(carriers).orderBy(asc(carriers.name));
}
