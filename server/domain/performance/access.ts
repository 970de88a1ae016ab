import { wordedError } from "@/server/errors";
import type { Actor } from "../actor";

/**
 * Who reviews performance: managers (their regions), admins, and store owners (their own
 * stores only, through the same partner scope). Store staff do not.
 */
export function assertMayReviewPerformance(actor: Actor) {
  if (actor.kind === "user" && actor.role === "store_staff") {
    throw wordedError("FORBIDDEN", { key: "server.performanceOwnersOnly" });
  }
}

/** Owners see their own stores' figures; mall and region roll-ups are the network's, not theirs. */
export function seesRollUps(actor: Actor) {
  return !(actor.kind === "user" && actor.role === "store_owner");
}
