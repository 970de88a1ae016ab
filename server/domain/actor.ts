import { defaultLocale, type Formatter, formatterFor, type Locale } from "@/lib/format";
import "server-only";
import type { Role } from "@/db/schema";

/** Who is acting: a signed-in person, a carrier's API key, or the portal itself. */
export type Actor = UserActor | CarrierActor | SystemActor;

export type UserActor = {
  kind: "user";
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** Stores a store_staff / store_owner works for (read from the database per request). */
  partnerIds: readonly string[];
  /** Regions a regional_manager oversees. */
  regionIds: readonly string[];
  /** The language the person chose on their account page; null follows the browser. */
  language?: Locale | null;
  /** How the person reads dates, numbers and messages: their choice, else the browser's language. */
  locale?: Locale;
};

export type CarrierActor = { kind: "carrier"; carrierId: string; label: string };

export type SystemActor = { kind: "system"; label: string };

export const systemActor: SystemActor = { kind: "system", label: "Handoff" };

/** Who may make a change, as the transition tables name them. */
import type { Mover } from "@/lib/lifecycle";

export type { Mover };

export function moverOf(actor: Actor): Mover {
  switch (actor.kind) {
    case "carrier":
      return "carrier";
    case "system":
      return "system";
    case "user":
      if (actor.role === "store_staff" || actor.role === "store_owner") return "store";
      return actor.role === "regional_manager" ? "manager" : "admin";
  }
}

export function isStoreRole(role: Role): boolean {
  return role === "store_staff" || role === "store_owner";
}

/** The columns an event records about its actor. */
export function eventActorFields(actor: Actor) {
  switch (actor.kind) {
    case "user":
      return { actorKind: "user" as const, actorUserId: actor.userId, actorCarrierId: null, actorLabel: actor.name };
    case "carrier":
      return {
        actorKind: "carrier" as const,
        actorUserId: null,
        actorCarrierId: actor.carrierId,
        actorLabel: actor.label,
      };
    case "system":
      return { actorKind: "system" as const, actorUserId: null, actorCarrierId: null, actorLabel: actor.label };
  }
}

/** Dates, times and numbers in messages for this actor, in the person's locale (carriers read the default). */
export function formatFor(actor: Actor): Formatter {
  return formatterFor(actor.kind === "user" ? (actor.locale ?? defaultLocale) : defaultLocale);
}
