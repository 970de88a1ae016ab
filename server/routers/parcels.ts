import { z } from "zod";
import { getParcel } from "@/server/domain/parcels/queries";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";

export const trackingIdSchema = z.string().trim().min(1, "Enter a tracking ID.").max(64);

export const parcelsRouter = createTRPCRouter({
  get: protectedProcedure
    .input(z.object({ trackingId: trackingIdSchema }))
    .query(({ ctx, input }) => getParcel(ctx.db, ctx.actor, input.trackingId)),
});
