import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { regionMemberships, users } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { endAllSessions, issueOneTimePassword } from "./credentials";
import { checkRegionIds } from "./manage";
import { type AssignRegionsInput, assignRegionsInput, personIdInput } from "./schemas";

async function lockedPerson(tx: DbOrTx, userId: string) {
  const [person] = await tx
    .select({ id: users.id, role: users.role, active: users.active, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!person) throw notFound("Person");
  return person;
}

/** Sets which regions a regional manager oversees (replacing the previous set). */
export async function assignRegions(options: { db: DbOrTx; actor: UserActor; input: AssignRegionsInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = assignRegionsInput.parse(options.input);
  return db.transaction(async (tx) => {
    const person = await lockedPerson(tx, input.userId);
    if (person.role !== "regional_manager") throw new AppError("BAD_REQUEST", "Only managers are assigned regions.");
    const regionIds = await checkRegionIds({ db: tx, regionIds: input.regionIds });
    const before = await tx
      .select({ id: regionMemberships.regionId })
      .from(regionMemberships)
      .where(eq(regionMemberships.userId, person.id));
    await tx.delete(regionMemberships).where(eq(regionMemberships.userId, person.id));
    if (regionIds.length) {
      await tx.insert(regionMemberships).values(regionIds.map((regionId) => ({ userId: person.id, regionId })));
    }
    await recordAudit({
      db: tx,
      actor,
      entity: "person",
      entityId: person.id,
      action: "assign_regions",
      before: { regionIds: before.map((r) => r.id).sort() },
      after: { regionIds: [...regionIds].sort() },
    });
    return { userId: person.id, regionIds };
  });
}

async function setActive(options: { db: DbOrTx; actor: UserActor; input: { userId: string } }, active: boolean) {
  const { db, actor } = options;
  requireAdmin(actor);
  const { userId } = personIdInput.parse(options.input);
  if (userId === actor.userId) throw new AppError("BAD_REQUEST", "You cannot disable your own account.");
  return db.transaction(async (tx) => {
    const person = await lockedPerson(tx, userId);
    if (person.active === active) return { userId, active };
    await tx.update(users).set({ active }).where(eq(users.id, userId));
    if (!active) await endAllSessions({ db: tx, userId });
    await recordAudit({
      db: tx,
      actor,
      entity: "person",
      entityId: userId,
      action: active ? "enable" : "disable",
      before: { active: person.active },
      after: { active },
    });
    return { userId, active };
  });
}

/** Disables an account: it can no longer sign in, and its open sessions are refused at once. */
export function disablePerson(options: { db: DbOrTx; actor: UserActor; input: { userId: string } }) {
  return setActive(options, false);
}

export function enablePerson(options: { db: DbOrTx; actor: UserActor; input: { userId: string } }) {
  return setActive(options, true);
}

/** Replaces a person's password with a one-time password (returned once) and ends their sessions. */
export async function resetPassword(options: { db: DbOrTx; actor: UserActor; input: { userId: string } }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const { userId } = personIdInput.parse(options.input);
  return db.transaction(async (tx) => {
    const person = await lockedPerson(tx, userId);
    const { oneTimePassword } = await issueOneTimePassword({ db: tx, userId });
    await recordAudit({ db: tx, actor, entity: "person", entityId: userId, action: "reset_password" });
    return { userId, email: person.email, oneTimePassword };
  });
}
