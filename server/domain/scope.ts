import "server-only";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { partners } from "@/db/schema";
import type { Actor } from "./actor";

/**
 * The partners an actor may see, as a condition on the partners table. Every domain read
 * and write is scoped through this: being signed in is not being allowed.
 */
export function partnerScope(actor: Actor): SQL {
  switch (actor.kind) {
    case "system":
      return sql`true`;
    case "carrier":
      return eq(partners.carrierId, actor.carrierId);
    case "user":
      switch (actor.role) {
        case "admin":
          return sql`true`;
        case "regional_manager":
          return actor.regionIds.length ? inArray(partners.regionId, [...actor.regionIds]) : sql`false`;
        default:
          return actor.partnerIds.length ? inArray(partners.id, [...actor.partnerIds]) : sql`false`;
      }
  }
}

/** A column holding a partner id, limited to the partners the actor may see. */
export function inPartnerScope(column: Parameters<typeof inArray>[0], actor: Actor): SQL {
  if (actor.kind === "user" && (actor.role === "store_staff" || actor.role === "store_owner")) {
    return actor.partnerIds.length ? inArray(column, [...actor.partnerIds]) : sql`false`;
  }
  if (actor.kind === "system" || (actor.kind === "user" && actor.role === "admin")) return sql`true`;
  return sql`${column} in (select ${partners.id} from ${partners} where ${partnerScope(actor)})`;
}

/**
 * A column holding a region id, limited to the regions the actor manages: a manager's own,
 * every region for an admin, none for store people or carriers.
 */
export function inRegionScope(column: Parameters<typeof inArray>[0], actor: Actor): SQL {
  if (actor.kind === "system" || (actor.kind === "user" && actor.role === "admin")) return sql`true`;
  if (actor.kind === "user" && actor.role === "regional_manager" && actor.regionIds.length) {
    return inArray(column, [...actor.regionIds]);
  }
  return sql`false`;
}
