import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events } from "@/db/schema";
import { type Actor, eventActorFields } from "./actor";
import { markStatsDirty } from "./performance/rollup";

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

/** The channel on which every committed change is announced to live screens. */
export const changeChannel = "handoff_changes";

export type ChangeNotice = { partnerId: string; subject: "parcel" | "arrival"; id: string };

/**
 * Appends one entry to the audit trail (events are never changed afterwards) and announces the
 * change on `changeChannel`; PostgreSQL delivers the notice only if the transaction commits,
 * to every instance listening.
 */
export async function appendEvent(db: DbOrTx, actor: Actor, event: NewEvent) {
  const [row] = await db
    .insert(events)
    .values({ ...event, ...eventActorFields(actor), at: event.at ?? new Date() })
    .returning();
  if (!row) throw new Error("event insert returned nothing");
  const notice: ChangeNotice = {
    partnerId: event.partnerId,
    subject: event.subject,
    id: (event.subject === "parcel" ? event.parcelId : event.arrivalId) ?? "",
  };
  await db.execute(sql`select pg_notify(${changeChannel}, ${JSON.stringify(notice)})`);
  await markStatsDirty(db, {
    partnerId: event.partnerId,
    parcelId: event.parcelId,
    arrivalId: event.arrivalId,
    at: row.at,
  });
  return row;
}
