import { z } from "zod";
import { failureReasons, proofKinds } from "@/lib/enums";
import { partnerCodeSchema, trackingIdSchema } from "@/lib/identifiers";
import { instant, month, text } from "@/lib/validation";

/** Deliveries' inputs (rural drops, routes, attempts), for procedures and the offline outbox alike. Pure: zod and lib only. */

const gpsMessage = "The phone's GPS position could not be read; try again or log without it.";

/** A delivery or a failed attempt, as tapped on the device (applied once per clientActionId). */
export const logDeliverySchema = z
  .object({
    /** Made on the device for each tap, so a retried sync is applied once. */
    clientActionId: text({ min: 8, max: 100 }),
    trackingId: trackingIdSchema,
    outcome: z.enum(["delivered", "failed"]),
    recipientName: text({ max: 200 }).optional(),
    photoId: z.uuid().optional(),
    signatureId: z.uuid().optional(),
    failureReason: z.enum(failureReasons).optional(),
    failureNote: text({ max: 500, multiline: true }).optional(),
    lat: z.number(gpsMessage).min(-90, gpsMessage).max(90, gpsMessage).optional(),
    lng: z.number(gpsMessage).min(-180, gpsMessage).max(180, gpsMessage).optional(),
    accuracyMeters: z.number(gpsMessage).min(0, gpsMessage).max(100_000, gpsMessage).optional(),
    /** When the person tapped, on the device: a delivery logged offline keeps its real time. */
    tappedAt: instant("Send when it was tapped."),
  })
  .refine((d) => d.outcome === "failed" || (d.recipientName && d.photoId), {
    message: "A delivery needs the recipient's name and a proof photo.",
    path: ["photoId"],
  })
  .refine((d) => d.outcome === "delivered" || d.failureReason, {
    message: "Choose why it failed.",
    path: ["failureReason"],
  })
  // "Other" says nothing by itself: the person writes what happened.
  .refine((d) => d.outcome === "delivered" || d.failureReason !== "other" || d.failureNote, {
    message: "Write what happened: a failed attempt for another reason needs a note.",
    path: ["failureNote"],
  });
export type LogDeliveryInput = z.infer<typeof logDeliverySchema>;

export const storeRefSchema = z.object({ partnerCode: partnerCodeSchema });

/** Today's morning drop (or another of today's drops). */
export const dropRefSchema = z.object({ partnerCode: partnerCodeSchema, arrivalId: z.uuid().optional() });

export const scanInSchema = z.object({
  arrivalId: z.uuid(),
  trackingId: trackingIdSchema,
  /** When it was scanned on the device: a scan kept offline and synced later keeps its real time. */
  scannedAt: instant().optional(),
});
export type ScanInInput = z.infer<typeof scanInSchema>;

/** A scanned parcel found damaged at check-in; the photo (uploaded as `damage_photo`) is required. */
export const markDamagedSchema = z.object({
  arrivalId: z.uuid(),
  trackingId: trackingIdSchema,
  photoId: z.uuid().optional(),
});
export type MarkDamagedInput = z.infer<typeof markDamagedSchema>;

export const earningsInputSchema = z.object({ partnerCode: partnerCodeSchema, month: month() });

/** The fields beside the file of a proof upload (multipart). */
export const proofUploadFieldsSchema = z.object({ trackingId: trackingIdSchema, kind: z.enum(proofKinds) });
