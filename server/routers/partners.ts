import { z } from "zod";
import { networkOverview } from "@/server/domain/admin/overview";
import { addClosureDay, listClosureDays, removeClosureDay } from "@/server/domain/partners/closures";
import { partnerList } from "@/server/domain/partners/list";
import {
  activatePartner,
  deactivatePartner,
  disableStoreUser,
  enableStoreUser,
  inviteStoreUser,
  onboardPartner,
  placementOptions,
  removeStoreUser,
  storeUsers,
  updatePartner,
} from "@/server/domain/partners/manage";
import { setOpeningHours } from "@/server/domain/partners/opening-hours";
import { payRateHistory, setPayRate } from "@/server/domain/partners/pay-rates";
import { getPartnerByCode, listPartners, partnersWithTodayCounts, storeToday } from "@/server/domain/partners/queries";
import { listPickupWindows, setPickupWindows } from "@/server/domain/partners/schedules";
import {
  closureDayAddSchema,
  closureDayRemoveSchema,
  openingHoursSchema,
  partnerInputSchema,
  partnerListSchema,
  partnerRefSchema,
  partnerUpdateSchema,
  payRateChangeSchema,
  pickupWindowsSchema,
  storeUserInviteSchema,
  storeUserRefSchema,
} from "@/server/domain/partners/schemas";
import { createTRPCRouter, protectedProcedure, roleProcedure } from "@/server/trpc/init";

const managerProcedure = roleProcedure("regional_manager", "admin");

export const partnersRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listPartners({ db: ctx.db, actor: ctx.actor })),
  /** The partners the caller sees, searched by name or code, sorted and a page at a time. */
  search: protectedProcedure
    .input(partnerListSchema)
    .query(({ ctx, input }) => partnerList({ db: ctx.db, actor: ctx.actor, ...input })),
  get: protectedProcedure
    .input(partnerRefSchema)
    .query(({ ctx, input }) => getPartnerByCode({ db: ctx.db, actor: ctx.actor, code: input.code })),
  today: protectedProcedure
    .input(partnerRefSchema)
    .query(({ ctx, input }) => storeToday({ db: ctx.db, actor: ctx.actor, code: input.code })),
  withTodayCounts: roleProcedure("regional_manager", "admin").query(({ ctx }) =>
    partnersWithTodayCounts({ db: ctx.db, actor: ctx.actor }),
  ),
  networkOverview: roleProcedure("admin").query(({ ctx }) => networkOverview({ db: ctx.db })),

  // Partner management: regional managers (their regions) and admins.
  placement: managerProcedure.query(({ ctx }) => placementOptions({ db: ctx.db, actor: ctx.actor })),
  onboard: managerProcedure
    .input(partnerInputSchema)
    .mutation(({ ctx, input }) => onboardPartner({ db: ctx.db, actor: ctx.actor, input })),
  update: managerProcedure
    .input(partnerUpdateSchema)
    .mutation(({ ctx, input }) =>
      updatePartner({ db: ctx.db, actor: ctx.actor, code: input.code, input: input.partner }),
    ),
  /** The pay rate in force today and every change with the day it starts. */
  payRates: managerProcedure
    .input(partnerRefSchema)
    .query(({ ctx, input }) => payRateHistory({ db: ctx.db, actor: ctx.actor, code: input.code })),
  /** A new pay rate from a day onward (today by default); earlier deliveries keep their rate. */
  setPayRate: managerProcedure.input(payRateChangeSchema).mutation(({ ctx, input }) => {
    const { code, ...change } = input;
    return setPayRate({ db: ctx.db, actor: ctx.actor, code, change });
  }),
  setActive: managerProcedure
    .input(partnerRefSchema.extend({ active: z.boolean() }))
    .mutation(({ ctx, input }) =>
      (input.active ? activatePartner : deactivatePartner)({ db: ctx.db, actor: ctx.actor, code: input.code }),
    ),
  users: managerProcedure
    .input(partnerRefSchema)
    .query(({ ctx, input }) => storeUsers({ db: ctx.db, actor: ctx.actor, code: input.code })),
  inviteUser: managerProcedure
    .input(storeUserInviteSchema)
    .mutation(({ ctx, input }) => inviteStoreUser({ db: ctx.db, actor: ctx.actor, input })),
  pickupWindows: protectedProcedure
    .input(partnerRefSchema)
    .query(({ ctx, input }) => listPickupWindows({ db: ctx.db, actor: ctx.actor, code: input.code })),
  /** The weekly opening hours grid (a day left out is closed). */
  setOpeningHours: managerProcedure
    .input(partnerRefSchema.extend({ hours: openingHoursSchema }))
    .mutation(({ ctx, input }) =>
      setOpeningHours({ db: ctx.db, actor: ctx.actor, code: input.code, hours: input.hours }),
    ),
  setPickupWindows: managerProcedure
    .input(partnerRefSchema.extend({ windows: pickupWindowsSchema }))
    .mutation(({ ctx, input }) =>
      setPickupWindows({ db: ctx.db, actor: ctx.actor, code: input.code, windows: input.windows }),
    ),
  closureDays: protectedProcedure
    .input(partnerRefSchema)
    .query(({ ctx, input }) => listClosureDays({ db: ctx.db, actor: ctx.actor, code: input.code })),
  addClosureDay: roleProcedure("store_owner", "regional_manager", "admin")
    .input(closureDayAddSchema)
    .mutation(({ ctx, input }) =>
      addClosureDay({ db: ctx.db, actor: ctx.actor, code: input.code, day: input.day, reason: input.reason }),
    ),
  removeClosureDay: roleProcedure("store_owner", "regional_manager", "admin")
    .input(closureDayRemoveSchema)
    .mutation(({ ctx, input }) => removeClosureDay({ db: ctx.db, actor: ctx.actor, code: input.code, day: input.day })),
  removeUser: managerProcedure
    .input(storeUserRefSchema)
    .mutation(({ ctx, input }) => removeStoreUser({ db: ctx.db, actor: ctx.actor, input })),
  setUserActive: managerProcedure
    .input(z.object({ userId: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) =>
      (input.active ? enableStoreUser : disableStoreUser)({ db: ctx.db, actor: ctx.actor, userId: input.userId }),
    ),
});
