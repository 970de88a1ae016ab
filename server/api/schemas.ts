import { z } from "zod";
import { arrivalKinds, arrivalStatuses, parcelStatuses, programs, serviceLevels } from "@/db/schema";

/** The Carrier API's request and response shapes: they validate requests and make the OpenAPI document. */

const isoInstant = z.iso
  .datetime({ offset: true })
  .meta({ description: "ISO 8601 instant with offset", example: "2026-11-24T17:00:00Z" });

export const latLngSchema = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .meta({ id: "LatLng" });

export const trackingIdParam = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, "Tracking IDs use letters, digits, '.', '_' and '-'.");

export const arrivalIdParam = trackingIdParam;

export const addressSchema = z
  .object({
    line1: z.string().trim().min(1).max(200),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1).max(100),
    region: z.string().trim().min(1).max(100),
    postalCode: z.string().trim().min(1).max(20),
    country: z.string().trim().length(2).meta({ description: "ISO 3166-1 alpha-2" }),
  })
  .meta({ id: "Address" });

export const parcelPutSchema = z
  .object({
    partnerCode: z.string().trim().min(1).max(64),
    flow: z.enum(programs),
    serviceLevel: z.enum(serviceLevels),
    promisedBy: isoInstant,
    recipient: z.object({
      name: z.string().trim().min(1).max(200),
      phone: z.string().trim().max(40).optional(),
      address: addressSchema,
      location: latLngSchema.optional(),
    }),
    weightGrams: z.number().int().positive().max(100_000).optional(),
  })
  .strict()
  .meta({ id: "ParcelPut" });
export type ParcelPut = z.infer<typeof parcelPutSchema>;

export const eventSchema = z
  .object({
    type: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    actor: z.string(),
    at: isoInstant,
  })
  .meta({ id: "Event" });

export const parcelSchema = z
  .object({
    trackingId: z.string(),
    partnerCode: z.string(),
    flow: z.enum(programs),
    serviceLevel: z.enum(serviceLevels),
    promisedBy: isoInstant,
    status: z.enum(parcelStatuses),
    recipient: z.object({
      name: z.string(),
      phone: z.string().nullable(),
      address: addressSchema,
      location: latLngSchema.nullable(),
    }),
    weightGrams: z.number().int().nullable(),
    distanceMiles: z.number().nullable(),
    events: z.array(eventSchema),
  })
  .meta({ id: "Parcel" });

export const partnerSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    program: z.enum(programs),
    timeZone: z.string(),
    location: latLngSchema,
    radiusMiles: z.number().optional(),
    mall: z.object({ name: z.string() }).optional(),
    closureDays: z.array(z.iso.date()),
  })
  .meta({ id: "Partner" });

export const arrivalPutSchema = z
  .object({
    partnerCode: z.string().trim().min(1).max(64),
    kind: z.enum(arrivalKinds),
    windowStart: isoInstant,
    windowEnd: isoInstant,
    driver: z.object({ name: z.string().trim().min(1).max(200), vehicle: z.string().trim().max(200).optional() }),
    parcels: z.array(trackingIdParam).max(2000),
  })
  .strict()
  .refine((a) => Date.parse(a.windowEnd) > Date.parse(a.windowStart), {
    message: "windowEnd must be after windowStart.",
    path: ["windowEnd"],
  })
  .meta({ id: "ArrivalPut" });
export type ArrivalPut = z.infer<typeof arrivalPutSchema>;

export const arrivalSchema = z
  .object({
    arrivalId: z.string(),
    partnerCode: z.string(),
    kind: z.enum(arrivalKinds),
    status: z.enum(arrivalStatuses),
    windowStart: isoInstant,
    windowEnd: isoInstant,
    eta: isoInstant.nullable(),
    driver: z.object({ name: z.string(), vehicle: z.string().nullable() }),
    parcels: z.array(z.string()),
  })
  .meta({ id: "Arrival" });

export const arrivalEventSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("eta"), eta: isoInstant }).strict(),
    z.object({ type: z.literal("arrived"), at: isoInstant }).strict(),
    z
      .object({
        type: z.literal("departed"),
        at: isoInstant,
        pickedUp: z.array(trackingIdParam).max(2000).default([]),
        droppedOff: z.array(trackingIdParam).max(2000).default([]),
      })
      .strict(),
    z.object({ type: z.literal("cancelled"), reason: z.string().trim().min(1).max(500) }).strict(),
  ])
  .meta({ id: "ArrivalEvent" });
export type ArrivalEventInput = z.infer<typeof arrivalEventSchema>;

export const discrepancySchema = z.object({ trackingId: z.string(), kind: z.string() }).meta({ id: "Discrepancy" });

export const arrivalEventResultSchema = z
  .object({ arrival: arrivalSchema, discrepancies: z.array(discrepancySchema) })
  .meta({ id: "ArrivalEventResult" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "out_of_radius" }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });
