import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { malls, partners, regions } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { type RegionInput, regionFields, type UpdateRegionInput, updateRegionInput } from "./schemas";

const nameTaken = (name: string) =>
  new AppError("CONFLICT", `A region named ${name} already exists.`, { reason: "name_taken" });

/** Every region with its default time zone and how many malls and partners it holds. Admins only. */
export async function listRegions(options: { db: DbOrTx; actor: UserActor }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const [rows, mallCounts, partnerCounts] = await Promise.all([
    db
      .select({ id: regions.id, name: regions.name, timeZone: regions.timeZone })
      .from(regions)
      .orderBy(asc(regions.name)),
    db.select({ regionId: malls.regionId, n: count() }).from(malls).groupBy(malls.regionId),
    db.select({ regionId: partners.regionId, n: count() }).from(partners).groupBy(partners.regionId),
  ]);
  const countOf = (list: { regionId: string; n: number }[], id: string) => list.find((c) => c.regionId === id)?.n ?? 0;
  return rows.map((r) => ({ ...r, malls: countOf(mallCounts, r.id), partners: countOf(partnerCounts, r.id) }));
}

export async function createRegion(options: { db: DbOrTx; actor: UserActor; input: RegionInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = regionFields.parse(options.input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(regions)
      .values(input)
      .onConflictDoNothing({ target: regions.name })
      .returning({ id: regions.id, name: regions.name, timeZone: regions.timeZone });
    if (!row) throw nameTaken(input.name);
    await recordAudit({ db: tx, actor, entity: "region", entityId: row.id, action: "create", after: input });
    return row;
  });
}

/** Renames a region or changes its default time zone. */
export async function updateRegion(options: { db: DbOrTx; actor: UserActor; input: UpdateRegionInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const { id, ...input } = updateRegionInput.parse(options.input);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ name: regions.name, timeZone: regions.timeZone })
      .from(regions)
      .where(eq(regions.id, id))
      .for("update");
    if (!current) throw notFound("Region");
    const [clash] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.name, input.name));
    if (clash && clash.id !== id) throw nameTaken(input.name);
    const [row] = await tx
      .update(regions)
      .set(input)
      .where(eq(regions.id, id))
      .returning({ id: regions.id, name: regions.name, timeZone: regions.timeZone });
    await recordAudit({
      db: tx,
      actor,
      entity: "region",
      entityId: id,
      action: "update",
      before: current,
      after: input,
    });
    return row!;
  });
}
