import type { DbOrTx } from "@/db/client";
import { events } from "@/db/schema";
import { type Actor, eventActorFields } from "./actor";

export type NewEvent = {
  subject: "parcel" | "arrival";
  partnerId: string;
  parcelId?: string | null;
  arrivalId?: string | null;
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  at?: Date;
  data?: Record<string, unknown> | null;
};

/** Appends one entry to the audit trail (events are never changed afterwards). */
export async function appendEvent(db: DbOrTx, actor: Actor, event: NewEvent) {
  const [row] = await db
    .insert(events)
    .values({ ...event, ...eventActorFields(actor), at: event.at ?? new Date() })
    .returning();
  if (!row) throw new Error("event insert returned nothing");
  return row;
}
