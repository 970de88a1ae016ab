import { z } from "zod";
import { arrivalKinds, arrivalStatuses, parcelStatuses, programs, serviceLevels } from "@/lib/enums";
import { isoDateTime } from "@/lib/validation";
import { addressSchema, latLngSchema } from "@/server/domain/parcels/schemas";
// Request schemas belong to the domain (shared with the portal); imported here so their ids join the document.
import "@/server/domain/arrivals/schemas";

/** The Carrier API's response shapes, for the OpenAPI document (request shapes are the domain's). */

const isoInstant = isoDateTime();

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
    openingHours: z
      .array(z.object({ isoWeekday: z.number().int().min(1).max(7), open: z.string(), close: z.string() }))
      .meta({
        description:
          "Open days in the partner's local time (ISO weekday 1 = Monday, times HH:MM); a day not listed is closed",
      }),
    pickupWindows: z
      .array(z.object({ isoWeekday: z.number().int().min(1).max(7), windowStart: z.string(), windowEnd: z.string() }))
      .optional()
      .meta({ description: "Mall partners: recurring driver pickup windows in local time (HH:MM)" }),
  })
  .meta({ id: "Partner" });

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
