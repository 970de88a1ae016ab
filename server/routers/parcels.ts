import { z } from "zod";
import { storeQueue } from "@/server/domain/arrivals/store-queue";
import { getParcel } from "@/server/domain/parcels/queries";
import {
  manyParcelsSchema,
  parcelRefSchema,
  parcelSearchSchema,
  queueInputSchema,
} from "@/server/domain/parcels/schemas";
import { searchParcels } from "@/server/domain/parcels/search";
import { markManyReady, markReady, undoManyReady, undoReady } from "@/server/domain/parcels/store-actions";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";

const storeProcedure = roleProcedure("store_staff", "store_owner");

export const parcelsRouter = createTRPCRouter({
  get: protectedProcedure
    .input(parcelRefSchema)
    .query(({ ctx, input }) => getParcel({ db: ctx.db, actor: ctx.actor, trackingId: input.trackingId })),

  /** The parcels the caller sees, by tracking ID, recipient name and/or local day; newest first, paged. */
  search: protectedProcedure
    .input(parcelSearchSchema)
    .query(({ ctx, input }) => searchParcels({ db: ctx.db, actor: ctx.actor, ...input })),

  /** A mall store's queue, grouped by the arrival each parcel is due on. */
  queue: protectedProcedure
    .input(queueInputSchema)
    .query(({ ctx, input }) => storeQueue({ db: ctx.db, actor: ctx.actor, ...input })),

  /** One scan: mark ready (or undo), with a specific error when it cannot be. */
  markReady: storeProcedure
    .input(parcelRefSchema)
    .mutation(({ ctx, input }) => markReady({ db: ctx.db, actor: ctx.actor, trackingId: input.trackingId })),
  undoReady: storeProcedure
    .input(parcelRefSchema)
    .mutation(({ ctx, input }) => undoReady({ db: ctx.db, actor: ctx.actor, trackingId: input.trackingId })),

  /** Several at once: each parcel succeeds or fails on its own. */
  markManyReady: storeProcedure
    .input(manyParcelsSchema.extend({ ready: z.boolean().default(true) }))
    .mutation(({ ctx, input }) => {
      const action = { db: ctx.db, actor: ctx.actor, trackingIds: input.trackingIds };
      return input.ready ? markManyReady(action) : undoManyReady(action);
    }),
});
