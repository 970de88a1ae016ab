import { z } from "zod";
import { completeCheckIn, scanIn, todaysDrop } from "@/server/domain/deliveries/checkin";
import { markDamaged } from "@/server/domain/deliveries/damage";
import { monthlyStatement } from "@/server/domain/deliveries/earnings-statement";
import { handBackParcel } from "@/server/domain/deliveries/handback";
import { logDelivery, logDeliverySchema } from "@/server/domain/deliveries/log";
import { todaysDeliveries } from "@/server/domain/deliveries/today";
import { storeCoverage } from "@/server/domain/performance/coverage";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { trackingIdSchema } from "./parcels";
import { partnerCodeSchema } from "./partners";

const storeProcedure = roleProcedure("store_staff", "store_owner");

/** A device's clock may run ahead: a time in the future is taken as now. */
function deviceTime(at: Date | undefined, now = new Date()) {
  return at && at < now ? at : now;
}

export const deliveriesRouter = createTRPCRouter({
  /** Today's morning drop (or another of today's drops) and its manifest as scanned so far. */
  drop: protectedProcedure
    .input(z.object({ partnerCode: partnerCodeSchema, arrivalId: z.uuid().optional() }))
    .query(({ ctx, input }) => todaysDrop(ctx.db, ctx.actor, input.partnerCode, new Date(), input.arrivalId)),
  scanIn: storeProcedure
    .input(
      z.object({
        arrivalId: z.uuid(),
        trackingId: trackingIdSchema,
        /** When it was scanned on the device: a scan kept offline and synced later keeps its real time. */
        scannedAt: z.coerce.date().optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      scanIn(ctx.db, ctx.actor, input.arrivalId, input.trackingId, deviceTime(input.scannedAt)),
    ),
  completeCheckIn: storeProcedure
    .input(z.object({ arrivalId: z.uuid() }))
    .mutation(({ ctx, input }) => completeCheckIn(ctx.db, ctx.actor, input.arrivalId)),
  /** A scanned parcel found damaged at check-in; the photo (uploaded as `damage_photo`) is required. */
  markDamaged: storeProcedure
    .input(z.object({ arrivalId: z.uuid(), trackingId: trackingIdSchema, photoId: z.uuid().optional() }))
    .mutation(({ ctx, input }) => markDamaged(ctx.db, ctx.actor, input)),
  /** A parcel due for return handed to the drop-off's driver. */
  handBack: storeProcedure
    .input(z.object({ arrivalId: z.uuid(), trackingId: trackingIdSchema }))
    .mutation(({ ctx, input }) => handBackParcel(ctx.db, ctx.actor, input.arrivalId, input.trackingId)),
  /** Today's coverage (a gap once noon passes without a check-in) and the last 30 days' gaps. */
  coverage: protectedProcedure
    .input(z.object({ partnerCode: partnerCodeSchema }))
    .query(({ ctx, input }) => storeCoverage(ctx.db, ctx.actor, input.partnerCode)),
  /** A delivery or a failed attempt, as tapped on the device (applied once per clientActionId). */
  log: storeProcedure.input(logDeliverySchema).mutation(({ ctx, input }) => logDelivery(ctx.db, ctx.actor, input)),
  /** A month's earnings per local day: delivered parcels × the store's rate. */
  earnings: roleProcedure("store_owner", "regional_manager", "admin")
    .input(
      z.object({
        partnerCode: partnerCodeSchema,
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-11."),
      }),
    )
    .query(({ ctx, input }) => monthlyStatement(ctx.db, ctx.actor, input.partnerCode, input.month)),
  /** Parcels to deliver today in a suggested route order. */
  today: protectedProcedure
    .input(z.object({ partnerCode: partnerCodeSchema }))
    .query(({ ctx, input }) => todaysDeliveries(ctx.db, ctx.actor, input.partnerCode)),
});
