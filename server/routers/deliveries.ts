import { arrivalParcelSchema, arrivalRefSchema } from "@/server/domain/arrivals/schemas";
import { completeCheckIn, scanIn } from "@/server/domain/deliveries/checkin";
import { markDamaged } from "@/server/domain/deliveries/damage";
import { todaysDrop } from "@/server/domain/deliveries/drop";
import { monthlyStatement } from "@/server/domain/deliveries/earnings-statement";
import { handBackParcel } from "@/server/domain/deliveries/handback";
import { logDelivery } from "@/server/domain/deliveries/log";
import { backAtStore, endRoute, startRoute } from "@/server/domain/deliveries/route-run";
import {
  dropRefSchema,
  earningsInputSchema,
  logDeliverySchema,
  markDamagedSchema,
  scanInSchema,
  storeRefSchema,
} from "@/server/domain/deliveries/schemas";
import { todaysDeliveries } from "@/server/domain/deliveries/today";
import { parcelRefSchema } from "@/server/domain/parcels/schemas";
import { getPartnerByCode } from "@/server/domain/partners/queries";
import { storeCoverage } from "@/server/domain/performance/coverage";
import { createTRPCRouter, type ProtectedContext, protectedProcedure, roleProcedure } from "@/server/trpc/init";

const storeProcedure = roleProcedure("store_staff", "store_owner");

/**
 * The store a query is about, read once per request: the Deliveries page asks three queries
 * (drop, coverage, today) about the same store, in one render or one batch. Scoped to the
 * actor as ever; a store out of scope is NOT_FOUND for each of them.
 */
function storeFor(ctx: ProtectedContext, code: string) {
  const read = () => getPartnerByCode({ db: ctx.db, actor: ctx.actor, code });
  return ctx.once ? ctx.once(`partner:${ctx.actor.userId}:${code}`, read) : read();
}

export const deliveriesRouter = createTRPCRouter({
  /** Today's morning drop (or another of today's drops) and its manifest as scanned so far. */
  drop: protectedProcedure.input(dropRefSchema).query(async ({ ctx, input }) =>
    todaysDrop({
      db: ctx.db,
      actor: ctx.actor,
      partnerCode: input.partnerCode,
      arrivalId: input.arrivalId,
      partner: await storeFor(ctx, input.partnerCode),
    }),
  ),
  scanIn: storeProcedure
    .input(scanInSchema)
    .mutation(({ ctx, input }) => scanIn({ db: ctx.db, actor: ctx.actor, ...input })),
  completeCheckIn: storeProcedure
    .input(arrivalRefSchema)
    .mutation(({ ctx, input }) => completeCheckIn({ db: ctx.db, actor: ctx.actor, ...input })),
  /** A scanned parcel found damaged at check-in; the photo (uploaded as `damage_photo`) is required. */
  markDamaged: storeProcedure
    .input(markDamagedSchema)
    .mutation(({ ctx, input }) => markDamaged({ db: ctx.db, actor: ctx.actor, ...input })),
  /** A parcel due for return handed to the drop-off's driver. */
  handBack: storeProcedure
    .input(arrivalParcelSchema)
    .mutation(({ ctx, input }) => handBackParcel({ db: ctx.db, actor: ctx.actor, ...input })),
  /** Today's coverage (a gap once noon passes without a check-in) and the last 30 days' gaps. */
  coverage: protectedProcedure.input(storeRefSchema).query(async ({ ctx, input }) =>
    storeCoverage({
      db: ctx.db,
      actor: ctx.actor,
      partnerCode: input.partnerCode,
      partner: await storeFor(ctx, input.partnerCode),
    }),
  ),
  /** A delivery or a failed attempt, as tapped on the device (applied once per clientActionId). */
  log: storeProcedure
    .input(logDeliverySchema)
    .mutation(({ ctx, input }) => logDelivery({ db: ctx.db, actor: ctx.actor, delivery: input })),
  /** A month's earnings per local day: delivered parcels × the store's rate. */
  earnings: roleProcedure("store_owner", "regional_manager", "admin")
    .input(earningsInputSchema)
    .query(({ ctx, input }) =>
      monthlyStatement({ db: ctx.db, actor: ctx.actor, partnerCode: input.partnerCode, month: input.month }),
    ),
  /** Parcels to deliver today in a suggested route order. */
  today: protectedProcedure.input(storeRefSchema).query(async ({ ctx, input }) =>
    todaysDeliveries({
      db: ctx.db,
      actor: ctx.actor,
      partnerCode: input.partnerCode,
      partner: await storeFor(ctx, input.partnerCode),
    }),
  ),
  /** Today's parcels go out for delivery. */
  startRoute: storeProcedure
    .input(storeRefSchema)
    .mutation(({ ctx, input }) => startRoute({ db: ctx.db, actor: ctx.actor, partnerCode: input.partnerCode })),
  /** One unfinished parcel is back at the store. */
  backAtStore: storeProcedure
    .input(parcelRefSchema)
    .mutation(({ ctx, input }) => backAtStore({ db: ctx.db, actor: ctx.actor, trackingId: input.trackingId })),
  /** Every parcel still out is back at the store. */
  endRoute: storeProcedure
    .input(storeRefSchema)
    .mutation(({ ctx, input }) => endRoute({ db: ctx.db, actor: ctx.actor, partnerCode: input.partnerCode })),
});
