import { z } from "zod";
import { completeCheckIn, scanIn, todaysDrop } from "@/server/domain/deliveries/checkin";
import { monthlyStatement } from "@/server/domain/deliveries/earnings-statement";
import { logDelivery, logDeliverySchema } from "@/server/domain/deliveries/log";
import { todaysDeliveries } from "@/server/domain/deliveries/today";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { trackingIdSchema } from "./parcels";
import { partnerCodeSchema } from "./partners";

const storeProcedure = roleProcedure("store_staff", "store_owner");

export const deliveriesRouter = createTRPCRouter({
  /** Today's morning drop and its manifest as scanned so far. */
  drop: protectedProcedure
    .input(z.object({ partnerCode: partnerCodeSchema }))
    .query(({ ctx, input }) => todaysDrop(ctx.db, ctx.actor, input.partnerCode)),
  scanIn: storeProcedure
    .input(z.object({ arrivalId: z.uuid(), trackingId: trackingIdSchema }))
    .mutation(({ ctx, input }) => scanIn(ctx.db, ctx.actor, input.arrivalId, input.trackingId)),
  completeCheckIn: storeProcedure
    .input(z.object({ arrivalId: z.uuid() }))
    .mutation(({ ctx, input }) => completeCheckIn(ctx.db, ctx.actor, input.arrivalId)),
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
