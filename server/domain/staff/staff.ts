import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partnerMemberships, partners, users } from "@/db/schema";
import { defaultLocale } from "@/lib/format";
import { translatorFor } from "@/lib/i18n/translate";
import { hashPassword } from "@/server/auth/password";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { newOneTimePassword } from "../people/password";
import { partnerScope } from "../scope";
import type { StaffInvite } from "./schemas";

/**
 * A store's people, managed by its owner (or the region's manager, or an admin): invite,
 * list with their last sign-in, remove from the store. Removing takes away only that store's
 * membership; the account and its other stores stay.
 */

/** Refusals worded for the person managing the store, in their language. */
const refusals = (actor: UserActor) => translatorFor(actor.locale ?? defaultLocale, "staff");

async function managedStore(db: DbOrTx, actor: UserActor, code: string) {
  const [partner] = await db
    .select({ id: partners.id, code: partners.code, name: partners.name })
    .from(partners)
    .where(and(eq(partners.code, code), partnerScope(actor)));
  if (!partner) throw notFound("Store");
  if (actor.role === "store_staff") throw new AppError("FORBIDDEN", refusals(actor)("refusals.ownerOnly"));
  return partner;
}

export async function listStaff(input: { db: DbOrTx; actor: UserActor; partnerCode: string }) {
  const { db, actor } = input;
  const partner = await managedStore(db, actor, input.partnerCode);
  const people = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastSignedInAt: users.lastSignedInAt,
    })
    .from(partnerMemberships)
    .innerJoin(users, eq(users.id, partnerMemberships.userId))
    .where(eq(partnerMemberships.partnerId, partner.id))
    .orderBy(asc(users.name), asc(users.email));
  return { partner, people };
}

/**
 * Invites a person to the store. A new email gets a store_staff account with a one-time
 * password, shown once. An existing account joins only if it is a store_staff already working
 * at another store this actor manages; any other existing email is refused with the same words,
 * so nothing about another store's people or anyone's role is revealed.
 */
export async function inviteStaff(input: { db: DbOrTx; actor: UserActor; invite: StaffInvite }) {
  const { db, actor, invite } = input;
  const email = invite.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const partner = await managedStore(tx, actor, invite.partnerCode);
    const temporaryPassword = newOneTimePassword();
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: invite.name.trim(),
        role: "store_staff",
        passwordHash: await hashPassword(temporaryPassword),
        // A one-time password: the person sets their own at first sign-in.
        mustChangePassword: true,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (created) {
      await tx.insert(partnerMemberships).values({ userId: created.id, partnerId: partner.id });
      return { email, temporaryPassword, joined: "new" as const };
    }

    const [existing] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
    const already = existing
      ? await tx
          .select({ partnerId: partnerMemberships.partnerId })
          .from(partnerMemberships)
          .where(and(eq(partnerMemberships.userId, existing.id), eq(partnerMemberships.partnerId, partner.id)))
      : [];
    if (already.length) {
      throw new AppError("CONFLICT", refusals(actor)("refusals.alreadyMember", { email, store: partner.name }), {
        reason: "already_member",
      });
    }
    const colleague =
      existing?.role === "store_staff"
        ? await tx
            .select({ id: partners.id })
            .from(partnerMemberships)
            .innerJoin(partners, eq(partners.id, partnerMemberships.partnerId))
            .where(and(eq(partnerMemberships.userId, existing.id), partnerScope(actor)))
            .limit(1)
        : [];
    if (!existing || colleague.length === 0) {
      throw new AppError("CONFLICT", refusals(actor)("refusals.cannotInvite", { email, store: partner.name }), {
        reason: "email_unavailable",
      });
    }
    await tx.insert(partnerMemberships).values({ userId: existing.id, partnerId: partner.id }).onConflictDoNothing();
    return { email, temporaryPassword: null, joined: "existing" as const };
  });
}

/** Removes a person from this store only (never the account, never their other stores). */
export async function removeFromStore(input: { db: DbOrTx; actor: UserActor; partnerCode: string; userId: string }) {
  const { db, actor, userId } = input;
  return db.transaction(async (tx) => {
    const partner = await managedStore(tx, actor, input.partnerCode);
    if (userId === actor.userId) {
      throw new AppError("CONFLICT", refusals(actor)("refusals.notSelf"), { reason: "self" });
    }
    const [member] = await tx
      .select({ role: users.role, name: users.name })
      .from(partnerMemberships)
      .innerJoin(users, eq(users.id, partnerMemberships.userId))
      .where(and(eq(partnerMemberships.partnerId, partner.id), eq(partnerMemberships.userId, userId)))
      .for("update", { of: partnerMemberships });
    if (!member) throw notFound("Person");
    if (actor.role === "store_owner" && member.role === "store_owner") {
      throw new AppError("FORBIDDEN", refusals(actor)("refusals.otherOwner"), { reason: "owner" });
    }
    await tx
      .delete(partnerMemberships)
      .where(and(eq(partnerMemberships.partnerId, partner.id), eq(partnerMemberships.userId, userId)));
    return { removed: member.name, store: partner.name };
  });
}
