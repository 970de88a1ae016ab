import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { CarrierActor } from "@/server/domain/actor";
import { hashApiKey } from "@/server/domain/carriers/api-keys";
import { AppError } from "@/server/errors";

export type AuthenticatedCarrier = CarrierActor & { keyId: string };

/** The key in `Authorization: Bearer <key>`; 401 when the header is missing or malformed. */
function bearerKey(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new AppError("UNAUTHORIZED", "Send your API key as 'Authorization: Bearer <key>'.", {
      reason: "unauthorized",
    });
  }
  return match[1];
}

/** The hash by which a request's key is stored; 401 when the header is missing or malformed. */
export function keyHashOf(request: Request): string {
  return hashApiKey(bearerKey(request));
}

/** The start of the one-minute window an instant falls in. */
export function minuteOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/**
 * Finds a valid key by its hash, adds `requests` to its count in the window (0 only checks it)
 * and records its last use at a minute's precision, in one statement. Null when the key is
 * unknown or revoked; otherwise the carrier and the window's count after the addition.
 */
export async function checkKeyAndCount(
  db: DbOrTx,
  keyHash: string,
  windowStart: Date,
  requests: number,
): Promise<{ carrier: AuthenticatedCarrier; count: number } | null> {
  const [row] = await queryRows<{ key_id: string; carrier_id: string; carrier_name: string; count: number }>(
    db,
    sql`
    with k as (
      select k.id as key_id, c.id as carrier_id, c.name as carrier_name
        from api_keys k join carriers c on c.id = k.carrier_id
       where k.key_hash = ${keyHash} and k.revoked_at is null
    ), w as (
      insert into api_rate_windows (key_id, window_start, count)
      select key_id, ${windowStart.toISOString()}::timestamptz, ${requests}::int from k
      on conflict (key_id, window_start) do update set count = api_rate_windows.count + excluded.count
      returning count
    ), used as (
      update api_keys set last_used_at = now()
       where id = (select key_id from k)
         and (last_used_at is null or last_used_at < now() - interval '1 minute')
      returning 1
    )
    select k.key_id, k.carrier_id, k.carrier_name, (select count from w)::int as count from k`,
  );
  if (!row) return null;
  return {
    carrier: { kind: "carrier", carrierId: row.carrier_id, label: row.carrier_name, keyId: row.key_id },
    count: row.count,
  };
}

export function invalidKey(): AppError {
  return new AppError("UNAUTHORIZED", "This API key is not valid.", { reason: "unauthorized" });
}

/** 429 with the seconds left in the window. */
export function rateLimited(limitPerMinute: number, windowStart: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
  return new AppError("TOO_MANY_REQUESTS", `Rate limit of ${limitPerMinute} requests a minute reached.`, {
    reason: "rate_limited",
    retryAfterSeconds,
  });
}
