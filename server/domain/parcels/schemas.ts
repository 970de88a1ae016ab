import { z } from "zod";
import { programs, serviceLevels } from "@/lib/enums";
import { partnerCodeSchema, trackingIdSchema } from "@/lib/identifiers";
import { pageNumberSchema } from "@/lib/pagination";
import { isoDateTime, localDate, text } from "@/lib/validation";

/** Parcels' inputs, for the portal's procedures and the Carrier API alike. Pure: zod and lib only. */

const isoInstant = isoDateTime();

export const latLngSchema = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .meta({ id: "LatLng" });

export const addressSchema = z
  .object({
    line1: text({ min: 1, max: 200 }),
    line2: text({ max: 200 }).optional(),
    city: text({ min: 1, max: 100 }),
    region: text({ min: 1, max: 100 }),
    postalCode: text({ min: 1, max: 20 }),
    country: text({ min: 2, max: 2 }).meta({ description: "ISO 3166-1 alpha-2" }),
  })
  .meta({ id: "Address" });

/** `PUT /api/v1/parcels/{trackingId}`: a carrier announces (or amends) a parcel. */
export const parcelPutSchema = z
  .object({
    partnerCode: partnerCodeSchema,
    flow: z.enum(programs),
    serviceLevel: z.enum(serviceLevels),
    promisedBy: isoInstant,
    recipient: z.object({
      name: text({ min: 1, max: 200 }),
      phone: text({ max: 40 }).optional(),
      address: addressSchema,
      location: latLngSchema.optional(),
    }),
    weightGrams: z.number().int().positive().max(100_000).optional(),
  })
  .strict()
  .meta({ id: "ParcelPut" });
export type ParcelPut = z.infer<typeof parcelPutSchema>;

/** `POST /api/v1/parcels/{trackingId}/events`: what happened to a parcel outside the store. */
export const parcelEventSchema = z
  .discriminatedUnion("type", [
    z
      .object({
        type: z.literal("cancelled"),
        reason: text({ min: 1, max: 500, message: "Give a reason." }),
      })
      .strict(),
    z
      .object({
        type: z.literal("delivered"),
        at: z.iso.datetime({ offset: true }).meta({
          description: "When the driver delivered it (ISO 8601 with offset)",
          example: "2026-11-24T19:00:00Z",
        }),
      })
      .strict(),
  ])
  .meta({ id: "ParcelEvent" });
export type ParcelEventInput = z.infer<typeof parcelEventSchema>;

/** One parcel of the actor's stores by tracking ID. */
export const parcelRefSchema = z.object({ trackingId: trackingIdSchema });

/** A mall store's queue, filtered and searched. */
export const queueInputSchema = z.object({
  partnerCode: partnerCodeSchema,
  filter: z.enum(["open", "announced", "ready", "picked_up"]).default("open"),
  search: text({ max: 64 }).optional(),
});
export type QueueInput = z.infer<typeof queueInputSchema>;

/** Several scans at once: each parcel succeeds or fails on its own. */
export const manyParcelsSchema = z.object({ trackingIds: z.array(trackingIdSchema).min(1).max(500) });

/**
 * Searching the parcels the actor may see: `q` is a tracking ID (any letter case, whole) or part of
 * a recipient's name; `date` is a day in each partner's own local time on which the parcel was
 * announced, or handed on (picked up or delivered). Either or both; a page of 25 at a time.
 */
export const parcelSearchSchema = z
  .strictObject({
    q: text({ min: 1, max: 100, message: "Enter a tracking ID or part of a recipient's name." }).optional(),
    date: localDate().optional(),
    page: pageNumberSchema.default(1),
  })
  .refine((s) => s.q !== undefined || s.date !== undefined, {
    message: "Enter a tracking ID, a recipient's name or a date to search by.",
    path: ["q"],
  });
export type ParcelSearchInput = z.input<typeof parcelSearchSchema>;
export type ParcelSearchQuery = z.output<typeof parcelSearchSchema>;
