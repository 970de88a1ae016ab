import { z } from "zod";
import { subscribableWebhookEventTypes } from "@/lib/enums";
import { text } from "@/lib/validation";
import { listCarriers, listWebhooks } from "@/server/domain/webhooks/admin";
import { webhookListInput } from "@/server/domain/webhooks/admin-schemas";
import { createWebhook, pauseWebhook, resumeWebhook } from "@/server/domain/webhooks/manage";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";
import { auditRouter, carriersRouter, mallsRouter, regionsRouter } from "./admin-network";
import { peopleRouter } from "./admin-people";
import { webhooksAdminRouter } from "./admin-webhooks";

const adminProcedure = roleProcedure("admin");

export const adminRouter = createTRPCRouter({
  network: carriersRouter,
  regions: regionsRouter,
  malls: mallsRouter,
  people: peopleRouter,
  hooks: webhooksAdminRouter,
  audit: auditRouter,
  carriers: adminProcedure.query(({ ctx }) => listCarriers({ db: ctx.db })),
  webhooks: adminProcedure.input(webhookListInput).query(({ ctx, input }) => listWebhooks({ db: ctx.db, ...input })),
  addWebhook: adminProcedure
    .input(
      z.object({
        carrierId: z.uuid("Choose a carrier."),
        url: text({ min: 1, max: 2000, message: "Enter the endpoint URL." }),
        eventTypes: z.array(z.enum(subscribableWebhookEventTypes)).min(1, "Choose at least one event."),
      }),
    )
    .mutation(({ ctx, input }) => createWebhook({ ...ctx, input })),
  setWebhookActive: adminProcedure
    .input(z.object({ id: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => (input.active ? resumeWebhook : pauseWebhook)({ ...ctx, input: { id: input.id } })),
});
