import "server-only";
import { and, asc, count, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { partnerMemberships, partners, regionMemberships, regions, users } from "@/db/schema";
import { hashPassword } from "@/server/auth/password";
import { AppError, notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { newOneTimePassword } from "./credentials";
import {
  type CreatePersonInput,
  createPersonInput,
  type ListPeopleInput,
  listPeopleInput,
  PEOPLE_PAGE_SIZE,
} from "./schemas";

function likePattern(search: string) {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Everyone in the network, searched by name or email on the server, a page at a time. Admins only. */
export async function listPeople(options: { db: DbOrTx; actor: UserActor; input: ListPeopleInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = listPeopleInput.parse(options.input);
  const conditions: SQL[] = [];
  if (input.search) {
    const pattern = likePattern(input.search);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (input.role) conditions.push(eq(users.role, input.role));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        active: users.active,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.email))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((input.page - 1) * PEOPLE_PAGE_SIZE),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const [regionRows, storeRows] = ids.length
    ? await Promise.all([
        db
          .select({ userId: regionMemberships.userId, id: regions.id, name: regions.name })
          .from(regionMemberships)
          .innerJoin(regions, eq(regions.id, regionMemberships.regionId))
          .where(inArray(regionMemberships.userId, ids))
          .orderBy(asc(regions.name)),
        db
          .select({ userId: partnerMemberships.userId, code: partners.code, name: partners.name })
          .from(partnerMemberships)
          .innerJoin(partners, eq(partners.id, partnerMemberships.partnerId))
          .where(inArray(partnerMemberships.userId, ids))
          .orderBy(asc(partners.code)),
      ])
    : [[], []];
  return {
    rows: rows.map((r) => ({
      ...r,
      regions: regionRows.filter((x) => x.userId === r.id).map(({ id, name }) => ({ id, name })),
      stores: storeRows.filter((x) => x.userId === r.id).map(({ code, name }) => ({ code, name })),
    })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PEOPLE_PAGE_SIZE,
  };
}

export async function checkRegionIds({ db: tx, regionIds }: { db: DbOrTx; regionIds: readonly string[] }) {
  const unique = [...new Set(regionIds)];
  if (unique.length === 0) return unique;
  const found = await tx.select({ id: regions.id }).from(regions).where(inArray(regions.id, unique));
  if (found.length !== unique.length) throw notFound("Region");
  return unique;
}

/**
 * Creates a regional manager (with their regions) or an admin, with a one-time password
 * returned once for the admin to hand over.
 */
export async function createPerson(options: { db: DbOrTx; actor: UserActor; input: CreatePersonInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = createPersonInput.parse(options.input);
  if (input.role === "admin" && input.regionIds.length) {
    throw new AppError("BAD_REQUEST", "Admins see every region; only managers are assigned regions.");
  }
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction(async (tx) => {
    const regionIds = await checkRegionIds({ db: tx, regionIds: input.regionIds });
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!row) throw new AppError("CONFLICT", `${input.email} already has an account.`, { reason: "email_taken" });
    if (regionIds.length) {
      await tx.insert(regionMemberships).values(regionIds.map((regionId) => ({ userId: row.id, regionId })));
    }
    await recordAudit({
      db: tx,
      actor,
      entity: "person",
      entityId: row.id,
      action: "create",
      after: { email: row.email, name: row.name, role: row.role, regionIds },
    });
    return { ...row, oneTimePassword };
  });
}
