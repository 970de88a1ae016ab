import { AppError } from "@/server/errors";
import type { UserActor } from "../actor";

/** Network set-up (carriers, keys, regions, malls, people, webhooks, audit) is the admin's alone. */
export function requireAdmin(actor: UserActor): void {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN", "Only administrators can do this.");
}
