import { z } from "zod";
import { listAudit } from "@/server/domain/audit/list";
import { auditListInput } from "@/server/domain/audit/schemas";
import { createApiKey, listApiKeys, revokeApiKey } from "@/server/domain/carriers/keys";
import { createCarrier, listCarriersWithPartners, renameCarrier } from "@/server/domain/carriers/manage";
import {
  createApiKeyInput,
  createCarrierInput,
  renameCarrierInput,
  revokeApiKeyInput,
} from "@/server/domain/carriers/schemas";
import { createMall, listMalls, updateMall } from "@/server/domain/malls/manage";
import { mallFields, updateMallInput } from "@/server/domain/malls/schemas";
import { createRegion, listRegions, updateRegion } from "@/server/domain/regions/manage";
import { regionFields, updateRegionInput } from "@/server/domain/regions/schemas";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const adminProcedure = roleProcedure("admin");

/** Carriers and their keys, regions, malls and the audit log: the network's set-up. */
export const carriersRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listCarriersWithPartners(ctx)),
  create: adminProcedure.input(createCarrierInput).mutation(({ ctx, input }) => createCarrier({ ...ctx, input })),
  rename: adminProcedure.input(renameCarrierInput).mutation(({ ctx, input }) => renameCarrier({ ...ctx, input })),
  keys: adminProcedure
    .input(z.strictObject({ carrierId: z.uuid() }))
    .query(({ ctx, input }) => listApiKeys({ ...ctx, carrierId: input.carrierId })),
  createKey: adminProcedure.input(createApiKeyInput).mutation(({ ctx, input }) => createApiKey({ ...ctx, input })),
  revokeKey: adminProcedure.input(revokeApiKeyInput).mutation(({ ctx, input }) => revokeApiKey({ ...ctx, input })),
});

export const regionsRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listRegions(ctx)),
  create: adminProcedure.input(regionFields).mutation(({ ctx, input }) => createRegion({ ...ctx, input })),
  update: adminProcedure.input(updateRegionInput).mutation(({ ctx, input }) => updateRegion({ ...ctx, input })),
});

export const mallsRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listMalls(ctx)),
  create: adminProcedure.input(mallFields).mutation(({ ctx, input }) => createMall({ ...ctx, input })),
  update: adminProcedure.input(updateMallInput).mutation(({ ctx, input }) => updateMall({ ...ctx, input })),
});

export const auditRouter = createTRPCRouter({
  list: adminProcedure.input(auditListInput).query(({ ctx, input }) => listAudit({ ...ctx, input })),
});
