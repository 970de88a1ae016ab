import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { malls, partners, regions } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { type MallInput, mallFields, type UpdateMallInput, updateMallInput } from "./schemas";

const nameTaken = (name: string) =>
  new AppError("CONFLICT", `A mall named ${name} already exists.`, { reason: "name_taken" });

const editable = {
  name: malls.name,
  regionId: malls.regionId,
  addressLine1: malls.addressLine1,
  city: malls.city,
  state: malls.state,
  postalCode: malls.postalCode,
  lat: malls.lat,
  lng: malls.lng,
  timeZone: malls.timeZone,
};

/** Every mall with its region's name. Admins only. */
export async function listMalls(options: { db: DbOrTx; actor: UserActor }) {
  const { db, actor } = options;
  requireAdmin(actor);
  return db
    .select({ id: malls.id, ...editable, regionName: regions.name })
    .from(malls)
    .innerJoin(regions, eq(regions.id, malls.regionId))
    .orderBy(asc(malls.name));
}

async function checkRegion(tx: DbOrTx, regionId: string) {
  const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
  if (!region) throw notFound("Region");
}

export async function createMall(options: { db: DbOrTx; actor: UserActor; input: MallInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = mallFields.parse(options.input);
  return db.transaction(async (tx) => {
    await checkRegion(tx, input.regionId);
    const [row] = await tx
      .insert(malls)
      .values(input)
      .onConflictDoNothing({ target: malls.name })
      .returning({ id: malls.id, ...editable });
    if (!row) throw nameTaken(input.name);
    await recordAudit({ db: tx, actor, entity: "mall", entityId: row.id, action: "create", after: input });
    return row;
  });
}

/** Renames a mall or changes its address, position on the map, region or time zone. */
export async function updateMall(options: { db: DbOrTx; actor: UserActor; input: UpdateMallInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const { id, ...input } = updateMallInput.parse(options.input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select(editable).from(malls).where(eq(malls.id, id)).for("update");
    if (!current) throw notFound("Mall");
    await checkRegion(tx, input.regionId);
    if (current.regionId !== input.regionId) {
      const [tenant] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.mallId, id)).limit(1);
      // Its partners would sit in one region and their mall in another.
      if (tenant) throw new AppError("CONFLICT", "A mall with partners cannot move to another region.");
    }
    const [clash] = await tx.select({ id: malls.id }).from(malls).where(eq(malls.name, input.name));
    if (clash && clash.id !== id) throw nameTaken(input.name);
    const [row] = await tx
      .update(malls)
      .set(input)
      .where(eq(malls.id, id))
      .returning({ id: malls.id, ...editable });
    await recordAudit({ db: tx, actor, entity: "mall", entityId: id, action: "update", before: current, after: input });
    return row!;
  });
}
