import { z } from "zod";
import { completeCheckIn, scanIn, todaysDrop } from "@/server/domain/deliveries/checkin";
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
  /** Parcels to deliver today in a suggested route order. */
  today: protectedProcedure
    .input(z.object({ partnerCode: partnerCodeSchema }))
    .query(({ ctx, input }) => todaysDeliveries(ctx.db, ctx.actor, input.partnerCode)),
});
