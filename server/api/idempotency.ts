import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { idempotencyRecords } from "@/db/schema";
import { AppError } from "@/server/errors";
import { errorEnvelope } from "./http";

/** What `work` answers: a status and a body to send as JSON. */
export type Answer = { status: number; body: unknown };
/** The answer as sent and stored: the body is its exact JSON text. */
export type StoredAnswer = { status: number; bodyText: string };

export function hashRequest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/**
 * Runs `work` once per (scope, key). The record is claimed first in the same transaction, so a
 * concurrent request with the same key waits and then gets the stored first answer; a replay
 * with a different body is refused (422 `idempotency_key_reused`). Refusals (4xx) are answers
 * too and are replayed; failures (5xx) store nothing, so the request can be retried.
 */
export async function runIdempotent(
  db: Db,
  scope: string,
  key: string,
  requestHash: string,
  work: (tx: DbOrTx) => Promise<Answer>,
): Promise<StoredAnswer & { replayed: boolean }> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyRecords)
      .values({ scope, key, requestHash, responseStatus: 0, responseBody: "" })
      .onConflictDoNothing()
      .returning({ key: idempotencyRecords.key });
    if (claimed.length === 0) {
      const [first] = await tx
        .select()
        .from(idempotencyRecords)
        .where(and(eq(idempotencyRecords.scope, scope), eq(idempotencyRecords.key, key)));
      if (!first || first.requestHash !== requestHash) {
        throw new AppError(
          "UNPROCESSABLE",
          "This Idempotency-Key was already used with a different request body. Use a new key for a new request.",
          { reason: "idempotency_key_reused" },
        );
      }
      return { status: first.responseStatus, bodyText: first.responseBody, replayed: true };
    }
    let answer: Answer;
    try {
      answer = await tx.transaction((inner) => work(inner));
    } catch (error) {
      const envelope = errorEnvelope(error);
      if (envelope.status >= 500) throw error;
      answer = { status: envelope.status, body: envelope.body };
    }
    const bodyText = JSON.stringify(answer.body);
    await tx
      .update(idempotencyRecords)
      .set({ responseStatus: answer.status, responseBody: bodyText })
      .where(and(eq(idempotencyRecords.scope, scope), eq(idempotencyRecords.key, key)));
    return { status: answer.status, bodyText, replayed: false };
  });
}
