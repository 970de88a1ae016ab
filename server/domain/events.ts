import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events } from "@/db/schema";
import { type Actor, eventActorFields } from "./actor";
import { type DiscrepancyEventData, writeConsequences } from "./consequences";
import type { Discrepancy } from "./webhooks/payloads";

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
 * to every instance listening. Its consequences (stale rollup days, webhooks) are written in
 * the same transaction, so no caller can forget them.
 */
export async function appendEvent({ db, actor, event }: { db: DbOrTx; actor: Actor; event: NewEvent }) {
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
  await writeConsequences({ db, event: row });
  return row;
}

/**
 * Records what was wrong at an arrival (missing, unexpected, damaged, not taken, mismatched
 * parcels); the carrier hears it as `arrival.discrepancy`. Nothing is recorded for none.
 */
export async function appendDiscrepancies(input: {
  db: DbOrTx;
  actor: Actor;
  arrival: { id: string; partnerId: string; status: string };
  discrepancies: Discrepancy[];
  at?: Date;
}) {
  const { db, actor, arrival, discrepancies, at } = input;
  if (discrepancies.length === 0) return null;
  const data: DiscrepancyEventData = { discrepancies };
  return appendEvent({
    db,
    actor,
    event: {
      subject: "arrival",
      partnerId: arrival.partnerId,
      arrivalId: arrival.id,
      type: "discrepancy",
      fromStatus: arrival.status,
      toStatus: arrival.status,
      at,
      data,
    },
  });
}
