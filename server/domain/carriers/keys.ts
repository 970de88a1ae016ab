import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiKeys, carriers } from "@/db/schema";
import { notFound } from "@/server/errors";
import type { UserActor } from "../actor";
import { requireAdmin } from "../admin/guard";
import { recordAudit } from "../audit/record";
import { generateApiKey } from "./api-keys";
import { type CreateApiKeyInput, createApiKeyInput, revokeApiKeyInput } from "./schemas";

/** A carrier's keys, newest first: label, visible prefix, created, last used, revoked. Never the hash. */
export async function listApiKeys(options: { db: DbOrTx; actor: UserActor; carrierId: string }) {
  const { db, actor } = options;
  requireAdmin(actor);
  return db
    .select({
      id: apiKeys.id,
      label: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.carrierId, options.carrierId))
    .orderBy(desc(apiKeys.createdAt));
}

/**
 * Issues a key for a carrier. The full key is in the answer and nowhere else: only its SHA-256
 * and a short prefix are stored. Rotating is creating a new key, then revoking the old one.
 */
export async function createApiKey(options: { db: DbOrTx; actor: UserActor; input: CreateApiKeyInput }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const input = createApiKeyInput.parse(options.input);
  return db.transaction(async (tx) => {
    const [carrier] = await tx.select({ id: carriers.id }).from(carriers).where(eq(carriers.id, input.carrierId));
    if (!carrier) throw notFound("Carrier");
    const { key, prefix, hash } = generateApiKey();
    const label = input.label ?? `Key ${new Date().toISOString().slice(0, 10)}`;
    const [row] = await tx
      .insert(apiKeys)
      .values({ carrierId: carrier.id, name: label, prefix, keyHash: hash })
      .returning({ id: apiKeys.id, createdAt: apiKeys.createdAt });
    await recordAudit({
      db: tx,
      actor,
      entity: "api_key",
      entityId: row!.id,
      action: "create",
      after: { carrierId: carrier.id, label, prefix },
    });
    return { id: row!.id, label, prefix, createdAt: row!.createdAt, key };
  });
}

/**
 * Revokes a key. The Carrier API reads keys from the database on every request, so the key is
 * refused at once by every instance. Revoking twice changes nothing the second time.
 */
export async function revokeApiKey(options: { db: DbOrTx; actor: UserActor; input: { id: string } }) {
  const { db, actor } = options;
  requireAdmin(actor);
  const { id } = revokeApiKeyInput.parse(options.input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, label: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt });
    if (!row) {
      const [existing] = await tx.select({ revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, id));
      if (!existing) throw notFound("API key");
      return { id, revokedAt: existing.revokedAt };
    }
    await recordAudit({
      db: tx,
      actor,
      entity: "api_key",
      entityId: id,
      action: "revoke",
      before: { label: row.label, prefix: row.prefix, revokedAt: null },
      after: { label: row.label, prefix: row.prefix, revokedAt: row.revokedAt },
    });
    return { id, revokedAt: row.revokedAt };
  });
}
