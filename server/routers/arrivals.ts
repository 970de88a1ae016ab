import { z } from "zod";
import { boardArrivals, mallBoard, visibleMalls } from "@/server/domain/arrivals/board";
import { handOverParcel, markDriverArrived } from "@/server/domain/arrivals/handoff";
import { arrivalManifest } from "@/server/domain/arrivals/manifest";
import { getPartnerByCode } from "@/server/domain/partners/queries";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { trackingIdSchema } from "./parcels";
import { partnerCodeSchema } from "./partners";

const storeProcedure = roleProcedure("store_staff", "store_owner");

export const arrivalsRouter = createTRPCRouter({
  /** One store's driver arrivals around today. */
  forStore: protectedProcedure.input(z.object({ partnerCode: partnerCodeSchema })).query(async ({ ctx, input }) => {
    const partner = await getPartnerByCode(ctx.db, ctx.actor, input.partnerCode);
    return { partner, arrivals: await boardArrivals(ctx.db, ctx.actor, { partnerIds: [partner.id] }) };
  }),

  /** Every retailer of a mall against the arrivals (managers and admins). */
  mallBoard: roleProcedure("regional_manager", "admin")
    .input(z.object({ mallId: z.uuid() }))
    .query(({ ctx, input }) => mallBoard(ctx.db, ctx.actor, input.mallId)),
  malls: roleProcedure("regional_manager", "admin").query(({ ctx }) => visibleMalls(ctx.db, ctx.actor)),

  manifest: protectedProcedure
    .input(z.object({ arrivalId: z.uuid() }))
    .query(({ ctx, input }) => arrivalManifest(ctx.db, ctx.actor, input.arrivalId)),

  markArrived: storeProcedure
    .input(z.object({ arrivalId: z.uuid() }))
    .mutation(async ({ ctx, input }) => (await markDriverArrived(ctx.db, ctx.actor, input.arrivalId)).arrival.status),

  /** A parcel scanned as it is handed to the driver. */
  handOver: storeProcedure
    .input(z.object({ arrivalId: z.uuid(), trackingId: trackingIdSchema }))
    .mutation(({ ctx, input }) => handOverParcel(ctx.db, ctx.actor, input.arrivalId, input.trackingId)),
});
