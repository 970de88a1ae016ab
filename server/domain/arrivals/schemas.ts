import { z } from "zod";
import { arrivalKinds } from "@/lib/enums";
import { partnerCodeSchema, trackingIdSchema } from "@/lib/identifiers";
import { isoDateTime, text } from "@/lib/validation";

/** Arrivals' inputs, for the portal's procedures and the Carrier API alike. Pure: zod and lib only. */

const isoInstant = isoDateTime();

/** A carrier's own ID for an arrival (its path in the Carrier API); same alphabet as tracking IDs. */
export const arrivalIdParam = trackingIdSchema;

/** `PUT /api/v1/arrivals/{arrivalId}`: a carrier schedules (or amends) a pickup or drop-off. */
export const arrivalPutSchema = z
  .object({
    partnerCode: partnerCodeSchema,
    kind: z.enum(arrivalKinds),
    windowStart: isoInstant,
    windowEnd: isoInstant,
    driver: z.object({ name: text({ min: 1, max: 200 }), vehicle: text({ max: 200 }).optional() }),
    parcels: z.array(trackingIdSchema).max(2000),
  })
  .strict()
  .refine((a) => Date.parse(a.windowEnd) > Date.parse(a.windowStart), {
    message: "windowEnd must be after windowStart.",
    path: ["windowEnd"],
  })
  .meta({ id: "ArrivalPut" });
export type ArrivalPut = z.infer<typeof arrivalPutSchema>;

/** `POST /api/v1/arrivals/{arrivalId}/events`: the driver's progress. */
export const arrivalEventSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("eta"), eta: isoInstant }).strict(),
    z.object({ type: z.literal("arrived"), at: isoInstant }).strict(),
    z
      .object({
        type: z.literal("departed"),
        at: isoInstant,
        pickedUp: z.array(trackingIdSchema).max(2000).default([]),
        droppedOff: z.array(trackingIdSchema).max(2000).default([]),
      })
      .strict(),
    z.object({ type: z.literal("cancelled"), reason: text({ min: 1, max: 500, multiline: true }) }).strict(),
  ])
  .meta({ id: "ArrivalEvent" });
export type ArrivalEventInput = z.infer<typeof arrivalEventSchema>;

/** One arrival, by its portal id. */
export const arrivalRefSchema = z.object({ arrivalId: z.uuid() });

/** A parcel scanned against an arrival (handed to the driver, handed back, marked damaged). */
export const arrivalParcelSchema = z.object({ arrivalId: z.uuid(), trackingId: trackingIdSchema });

/** A handoff scan; `anyway` once the person confirmed handing over a parcel never marked ready. */
export const handOverSchema = arrivalParcelSchema.extend({ anyway: z.boolean().optional() });

export const storeArrivalsSchema = z.object({ partnerCode: partnerCodeSchema });
export const mallRefSchema = z.object({ mallId: z.uuid() });
