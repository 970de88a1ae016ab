import { z } from "zod";
import { getParcel } from "@/server/domain/parcels/queries";
import { storeQueue } from "@/server/domain/parcels/queue";
import { setParcelReady, setParcelsReady } from "@/server/domain/parcels/store-actions";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { partnerCodeSchema } from "./partners";

export const trackingIdSchema = z.string().trim().min(1, "Enter a tracking ID.").max(64);

const storeProcedure = roleProcedure("store_staff", "store_owner");

export const parcelsRouter = createTRPCRouter({
  get: protectedProcedure
    .input(z.object({ trackingId: trackingIdSchema }))
    .query(({ ctx, input }) => getParcel(ctx.db, ctx.actor, input.trackingId)),

  /** A mall store's queue, grouped by the arrival each parcel is due on. */
  queue: protectedProcedure
    .input(
      z.object({
        partnerCode: partnerCodeSchema,
        filter: z.enum(["open", "announced", "ready", "picked_up"]).default("open"),
        search: z.string().max(64).optional(),
      }),
    )
    .query(({ ctx, input }) => storeQueue(ctx.db, ctx.actor, input)),

  /** One scan: mark ready (or undo), with a specific error when it cannot be. */
  markReady: storeProcedure
    .input(z.object({ trackingId: trackingIdSchema }))
    .mutation(({ ctx, input }) => setParcelReady(ctx.db, ctx.actor, input.trackingId, true)),
  undoReady: storeProcedure
    .input(z.object({ trackingId: trackingIdSchema }))
    .mutation(({ ctx, input }) => setParcelReady(ctx.db, ctx.actor, input.trackingId, false)),

  /** Several at once: each parcel succeeds or fails on its own. */
  markManyReady: storeProcedure
    .input(z.object({ trackingIds: z.array(trackingIdSchema).min(1).max(500), ready: z.boolean().default(true) }))
    .mutation(({ ctx, input }) => setParcelsReady(ctx.db, ctx.actor, input.trackingIds, input.ready)),
});
