import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { carriers, malls, partnerMemberships, partners, regions, users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { recordAudit } from "../audit/record";
import { endAllSessions } from "../auth/sessions";
import { carrierChoices } from "../carriers/manage";
import { inRegionScope, partnerScope } from "../scope";
import { type PartnerInput, timeZones } from "./schemas";

function canManageRegion(actor: UserActor, regionId: string) {
  return actor.role === "admin" || actor.regionIds.includes(regionId);
}

async function checkPlacement(db: DbOrTx, actor: UserActor, input: Omit<PartnerInput, "payRateCents">) {
  if (!canManageRegion(actor, input.regionId)) throw notFound("Region");
  const [region] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId));
  if (!region) throw notFound("Region");
  if (input.mallId) {
    const [mall] = await db.select({ regionId: malls.regionId }).from(malls).where(eq(malls.id, input.mallId));
    if (!mall || mall.regionId !== input.regionId)
      throw new AppError("BAD_REQUEST", "That mall is not in the chosen region.");
  }
}

/** Onboards a partner in one of the manager's regions, served by the carrier chosen for it. */
export async function onboardPartner({ db, actor, input }: { db: DbOrTx; actor: UserActor; input: PartnerInput }) {
  return db.transaction(async (tx) => {
    await checkPlacement(tx, actor, input);
    const [carrier] = await tx.select({ id: carriers.id }).from(carriers).where(eq(carriers.id, input.carrierId));
    if (!carrier) throw notFound("Carrier");
    const [row] = await tx.insert(partners).values(input).onConflictDoNothing({ target: partners.code }).returning();
    if (!row) throw new AppError("CONFLICT", `The code ${input.code} is already taken.`, { reason: "code_taken" });
    await recordAudit({ db: tx, actor, entity: "partner", entityId: row.id, action: "create", after: { ...input } });
    return row;
  });
}

async function scopedPartner(db: DbOrTx, actor: UserActor, code: string) {
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.code, code), partnerScope(actor)));
  if (!row) throw notFound("Partner");
  return row;
}

/** Edits a partner (its code stays: the carrier relies on it; its pay rate changes from a day onward, pay-rates.ts). */
export async function updatePartner({
  db,
  actor,
  code,
  input,
}: {
  db: DbOrTx;
  actor: UserActor;
  code: string;
  input: Omit<PartnerInput, "code" | "carrierId" | "payRateCents">;
}) {
  return db.transaction(async (tx) => {
    const current = await scopedPartner(tx, actor, code);
    await checkPlacement(tx, actor, { ...input, code, carrierId: current.carrierId });
    if (current.program !== input.program) {
      throw new AppError("CONFLICT", "A partner's program cannot change; onboard a new partner instead.");
    }
    const [row] = await tx
      .update(partners)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(partners.id, current.id))
      .returning();
    const before = Object.fromEntries(Object.keys(input).map((k) => [k, current[k as keyof typeof current]]));
    await recordAudit({
      db: tx,
      actor,
      entity: "partner",
      entityId: current.id,
      action: "update",
      before,
      after: input,
    });
    return row!;
  });
}

type PartnerRef = { db: DbOrTx; actor: UserActor; code: string };

/** Opens a partner to new work again. */
export const activatePartner = (options: PartnerRef) => setPartnerActive(options, true);
/** Closes a partner to new work; what it already holds stays visible. */
export const deactivatePartner = (options: PartnerRef) => setPartnerActive(options, false);

async function setPartnerActive({ db, actor, code }: PartnerRef, active: boolean) {
  await db.transaction(async (tx) => {
    const current = await scopedPartner(tx, actor, code);
    if (current.active === active) return;
    await tx.update(partners).set({ active, updatedAt: new Date() }).where(eq(partners.id, current.id));
    await recordAudit({
      db: tx,
      actor,
      entity: "partner",
      entityId: current.id,
      action: active ? "activate" : "deactivate",
      before: { active: current.active },
      after: { active },
    });
  });
}

/** The store accounts of a partner. */
export async function storeUsers({ db, actor, code }: { db: DbOrTx; actor: UserActor; code: string }) {
  const partner = await scopedPartner(db, actor, code);
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(partnerMemberships)
    .innerJoin(users, eq(users.id, partnerMemberships.userId))
    .where(eq(partnerMemberships.partnerId, partner.id))
    .orderBy(users.name);
}

/**
 * Gives a person access to a store: a new account with a one-time password shown to the
 * manager, or a membership for an existing store account that already works for a store the
 * manager oversees. Anyone else (another region's people, managers, admins) gets one refusal
 * that names no role.
 */
export async function inviteStoreUser({
  db,
  actor,
  input,
}: {
  db: DbOrTx;
  actor: UserActor;
  input: { code: string; email: string; name: string; role: "store_staff" | "store_owner" };
}) {
  const email = input.email.trim().toLowerCase();
  const temporaryPassword = randomBytes(9).toString("base64url");
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    const partner = await scopedPartner(tx, actor, input.code);
    const [existing] = await tx.select().from(users).where(eq(users.email, email));
    if (existing) {
      if (!(await reachable(tx, actor, existing))) {
        throw new AppError(
          "CONFLICT",
          `${email} cannot be given access to ${partner.name} from here; use another email address.`,
          { reason: "person_out_of_reach" },
        );
      }
      await tx.insert(partnerMemberships).values({ userId: existing.id, partnerId: partner.id }).onConflictDoNothing();
      await recordAudit({
        db: tx,
        actor,
        entity: "person",
        entityId: existing.id,
        action: "add_to_store",
        after: { partnerCode: partner.code },
      });
      return { email, temporaryPassword: null };
    }
    const [created] = await tx
      .insert(users)
      // A one-time password: the person sets their own at first sign-in.
      .values({ email, name: input.name.trim(), role: input.role, passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    await tx.insert(partnerMemberships).values({ userId: created!.id, partnerId: partner.id });
    await recordAudit({
      db: tx,
      actor,
      entity: "person",
      entityId: created!.id,
      action: "create",
      after: { email, name: input.name.trim(), role: input.role, partnerCode: partner.code },
    });
    return { email, temporaryPassword };
  });
}

/** A store account that works for at least one store the actor oversees. */
async function reachable(db: DbOrTx, actor: UserActor, person: { id: string; role: string }) {
  if (person.role !== "store_staff" && person.role !== "store_owner") return false;
  const [inScope] = await db
    .select({ id: partners.id })
    .from(partnerMemberships)
    .innerJoin(partners, eq(partners.id, partnerMemberships.partnerId))
    .where(and(eq(partnerMemberships.userId, person.id), partnerScope(actor)))
    .limit(1);
  return Boolean(inScope);
}

/** Takes a person off one of the manager's stores (undoing an invitation); their other stores stay. */
export async function removeStoreUser({
  db,
  actor,
  input,
}: {
  db: DbOrTx;
  actor: UserActor;
  input: { code: string; userId: string };
}) {
  const partner = await scopedPartner(db, actor, input.code);
  const [row] = await db
    .delete(partnerMemberships)
    .where(and(eq(partnerMemberships.partnerId, partner.id), eq(partnerMemberships.userId, input.userId)))
    .returning({ userId: partnerMemberships.userId });
  if (!row) throw notFound("Person");
}

type StoreUserRef = { db: DbOrTx; actor: UserActor; userId: string };

/** Re-enables a store account, if every store it works for is the manager's. */
export const enableStoreUser = (options: StoreUserRef) => setStoreUserActive(options, true);
/** Disables a store account and ends its sessions, if every store it works for is the manager's. */
export const disableStoreUser = (options: StoreUserRef) => setStoreUserActive(options, false);

async function setStoreUserActive({ db, actor, userId }: StoreUserRef, active: boolean) {
  const memberships = await db
    .select({ partnerId: partnerMemberships.partnerId })
    .from(partnerMemberships)
    .where(eq(partnerMemberships.userId, userId));
  if (memberships.length === 0) throw notFound("Person");
  const visible = await db
    .select({ id: partners.id })
    .from(partners)
    .where(
      and(
        inArray(
          partners.id,
          memberships.map((m) => m.partnerId),
        ),
        partnerScope(actor),
      ),
    );
  if (visible.length !== memberships.length) throw notFound("Person");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ active })
      .where(and(eq(users.id, userId), inArray(users.role, ["store_staff", "store_owner"])))
      .returning({ id: users.id });
    if (!row) throw notFound("Person");
    await recordAudit({
      db: tx,
      actor,
      entity: "person",
      entityId: userId,
      action: active ? "enable" : "disable",
      after: { active },
    });
    // Re-enabling later must not bring old cookies back.
    if (!active) await endAllSessions({ db: tx, userId });
  });
}

/** The regions (and their malls) where the person may place partners. */
export async function placementOptions({ db, actor }: { db: DbOrTx; actor: UserActor }) {
  const [regionRows, mallRows, carrierRows] = await Promise.all([
    db
      .select({ id: regions.id, name: regions.name, timeZone: regions.timeZone })
      .from(regions)
      .where(inRegionScope(regions.id, actor))
      .orderBy(regions.name),
    db
      .select({ id: malls.id, name: malls.name, regionId: malls.regionId, timeZone: malls.timeZone })
      .from(malls)
      .where(inRegionScope(malls.regionId, actor))
      .orderBy(malls.name),
    carrierChoices({ db, actor }),
  ]);
  return {
    regions: regionRows,
    malls: mallRows,
    carriers: carrierRows,
    timeZones: [...timeZones].filter((tz) => tz.startsWith("America/")),
  };
}
