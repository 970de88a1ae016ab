import { arrivalsAtRisk, boardArrivals, mallBoard, visibleMalls } from "@/server/domain/arrivals/board";
import { finishHandoff, handOverParcel, markDriverArrived, undoHandOver } from "@/server/domain/arrivals/handoff";
import { arrivalManifest } from "@/server/domain/arrivals/manifest";
import {
  arrivalParcelSchema,
  arrivalRefSchema,
  handOverSchema,
  mallRefSchema,
  storeArrivalsSchema,
} from "@/server/domain/arrivals/schemas";
import { getPartnerByCode } from "@/server/domain/partners/queries";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";

const storeProcedure = roleProcedure("store_staff", "store_owner");

export const arrivalsRouter = createTRPCRouter({
  /** One store's driver arrivals around today. */
  forStore: protectedProcedure.input(storeArrivalsSchema).query(async ({ ctx, input }) => {
    const partner = await getPartnerByCode({ db: ctx.db, actor: ctx.actor, code: input.partnerCode });
    return { partner, arrivals: await boardArrivals({ db: ctx.db, actor: ctx.actor, partnerIds: [partner.id] }) };
  }),

  /** Every retailer of a mall against the arrivals (managers and admins). */
  mallBoard: roleProcedure("regional_manager", "admin")
    .input(mallRefSchema)
    .query(({ ctx, input }) => mallBoard({ db: ctx.db, actor: ctx.actor, mallId: input.mallId })),
  malls: roleProcedure("regional_manager", "admin").query(({ ctx }) => visibleMalls({ db: ctx.db, actor: ctx.actor })),

  /** Today's pickups with parcels not ready yet, across the caller's regions (the manager's home). */
  atRisk: roleProcedure("regional_manager", "admin").query(({ ctx }) =>
    arrivalsAtRisk({ db: ctx.db, actor: ctx.actor }),
  ),

  manifest: protectedProcedure
    .input(arrivalRefSchema)
    .query(({ ctx, input }) => arrivalManifest({ db: ctx.db, actor: ctx.actor, arrivalId: input.arrivalId })),

  markArrived: storeProcedure
    .input(arrivalRefSchema)
    .mutation(
      async ({ ctx, input }) => (await markDriverArrived({ db: ctx.db, actor: ctx.actor, ...input })).arrival.status,
    ),

  /** A parcel scanned as it is handed to the driver; `anyway` once the person confirmed one not ready. */
  handOver: storeProcedure
    .input(handOverSchema)
    .mutation(({ ctx, input }) => handOverParcel({ db: ctx.db, actor: ctx.actor, ...input })),

  /** A mis-scan taken back while the driver is still at the store. */
  undoHandOver: storeProcedure
    .input(arrivalParcelSchema)
    .mutation(({ ctx, input }) => undoHandOver({ db: ctx.db, actor: ctx.actor, ...input })),

  /** Staff are done handing over: what went and what stays, kept on the arrival's history. */
  finishHandoff: storeProcedure
    .input(arrivalRefSchema)
    .mutation(({ ctx, input }) => finishHandoff({ db: ctx.db, actor: ctx.actor, ...input })),
});
