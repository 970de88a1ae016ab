import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { carriers, malls, partnerMemberships, partners, programs, regions, users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { markHistoryDirty } from "../performance/rollup";
import { inRegionScope, partnerScope } from "../scope";

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** A partner's fields as a manager onboards or edits it. */
const partnerFields = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, "3–32 letters, digits or dashes, like NE-PRAIRIE."),
  name: z.string().trim().min(2, "Enter the store's name.").max(120),
  program: z.enum(programs),
  regionId: z.uuid("Choose a region."),
  mallId: z.uuid().nullable().default(null),
  addressLine1: z.string().trim().min(1, "Enter the street address.").max(200),
  city: z.string().trim().min(1, "Enter the town or city.").max(100),
  state: z.string().trim().min(2, "Enter the state.").max(50),
  postalCode: z.string().trim().min(3, "Enter the postal code.").max(20),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  timeZone: z.string().refine((tz) => timeZones.has(tz), "Choose a time zone such as America/Chicago."),
  radiusMiles: z.number().min(0.5, "At least half a mile.").max(50, "At most 50 miles.").default(10),
  payRateCents: z.number().int().min(0).max(10_000, "At most $100.00 a parcel.").default(250),
});

const mallRule = {
  check: (p: { program: string; mallId: string | null }) => (p.program === "mall_pickup") === (p.mallId !== null),
  message: { message: "Mall pickup partners belong to a mall; local delivery partners do not.", path: ["mallId"] },
};

export const partnerInputSchema = partnerFields.refine(mallRule.check, mallRule.message);
/** Editing: everything but the code, which the carrier relies on. */
export const partnerEditSchema = partnerFields.omit({ code: true }).refine(mallRule.check, mallRule.message);
export type PartnerInput = z.infer<typeof partnerInputSchema>;

function canManageRegion(actor: UserActor, regionId: string) {
  return actor.role === "admin" || actor.regionIds.includes(regionId);
}

async function checkPlacement(db: DbOrTx, actor: UserActor, input: PartnerInput) {
  if (!canManageRegion(actor, input.regionId)) throw notFound("Region");
  const [region] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId));
  if (!region) throw notFound("Region");
  if (input.mallId) {
    const [mall] = await db.select({ regionId: malls.regionId }).from(malls).where(eq(malls.id, input.mallId));
    if (!mall || mall.regionId !== input.regionId)
      throw new AppError("BAD_REQUEST", "That mall is not in the chosen region.");
  }
}

/** Onboards a partner in one of the manager's regions, served by the network's carrier. */
export async function onboardPartner(db: DbOrTx, actor: UserActor, input: PartnerInput) {
  await checkPlacement(db, actor, input);
  const [carrier] = await db.select({ id: carriers.id }).from(carriers).orderBy(carriers.createdAt).limit(1);
  if (!carrier) throw new AppError("CONFLICT", "Add a carrier before onboarding partners.");
  const [row] = await db
    .insert(partners)
    .values({ ...input, carrierId: carrier.id })
    .onConflictDoNothing({ target: partners.code })
    .returning();
  if (!row) throw new AppError("CONFLICT", `The code ${input.code} is already taken.`, { reason: "code_taken" });
  return row;
}

async function scopedPartner(db: DbOrTx, actor: UserActor, code: string) {
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.code, code), partnerScope(actor)));
  if (!row) throw notFound("Partner");
  return row;
}

/** Edits a partner (its code stays: the carrier relies on it). A new pay rate re-rolls its earnings. */
export async function updatePartner(db: DbOrTx, actor: UserActor, code: string, input: Omit<PartnerInput, "code">) {
  return db.transaction(async (tx) => {
    const current = await scopedPartner(tx, actor, code);
    await checkPlacement(tx, actor, { ...input, code });
    if (current.program !== input.program) {
      throw new AppError("CONFLICT", "A partner's program cannot change; onboard a new partner instead.");
    }
    const [row] = await tx
      .update(partners)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(partners.id, current.id))
      .returning();
    if (current.payRateCents !== input.payRateCents) await markHistoryDirty(tx, current.id);
    return row!;
  });
}

export async function setPartnerActive(db: DbOrTx, actor: UserActor, code: string, active: boolean) {
  const current = await scopedPartner(db, actor, code);
  await db.update(partners).set({ active, updatedAt: new Date() }).where(eq(partners.id, current.id));
}

/** The store accounts of a partner. */
export async function storeUsers(db: DbOrTx, actor: UserActor, code: string) {
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
 * manager, or a membership for an existing store account.
 */
export async function inviteStoreUser(
  db: DbOrTx,
  actor: UserActor,
  input: { code: string; email: string; name: string; role: "store_staff" | "store_owner" },
) {
  const partner = await scopedPartner(db, actor, input.code);
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select().from(users).where(eq(users.email, email));
  if (existing) {
    if (existing.role !== "store_staff" && existing.role !== "store_owner") {
      throw new AppError("CONFLICT", `${email} belongs to a ${existing.role.replace("_", " ")}, not a store account.`);
    }
    await db.insert(partnerMemberships).values({ userId: existing.id, partnerId: partner.id }).onConflictDoNothing();
    return { email, temporaryPassword: null };
  }
  const temporaryPassword = randomBytes(9).toString("base64url");
  const [created] = await db
    .insert(users)
    .values({ email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(temporaryPassword) })
    .returning({ id: users.id });
  await db.insert(partnerMemberships).values({ userId: created!.id, partnerId: partner.id });
  return { email, temporaryPassword };
}

/** Disables or re-enables a store account, if every store it works for is the manager's. */
export async function setStoreUserActive(db: DbOrTx, actor: UserActor, userId: string, active: boolean) {
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
  const [row] = await db
    .update(users)
    .set({ active })
    .where(and(eq(users.id, userId), inArray(users.role, ["store_staff", "store_owner"])))
    .returning({ id: users.id });
  if (!row) throw notFound("Person");
}

/** The regions (and their malls) where the person may place partners. */
export async function placementOptions(db: DbOrTx, actor: UserActor) {
  const [regionRows, mallRows] = await Promise.all([
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
  ]);
  return { regions: regionRows, malls: mallRows, timeZones: [...timeZones].filter((tz) => tz.startsWith("America/")) };
}
