import { z } from "zod";
import { webhookEventTypes } from "@/db/schema";
import {
  addWebhookSubscription,
  listCarriers,
  listWebhooks,
  setWebhookSubscriptionActive,
} from "@/server/domain/webhooks/admin";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const adminProcedure = roleProcedure("admin");

export const adminRouter = createTRPCRouter({
  carriers: adminProcedure.query(({ ctx }) => listCarriers(ctx.db)),
  webhooks: adminProcedure.query(({ ctx }) => listWebhooks(ctx.db)),
  addWebhook: adminProcedure
    .input(
      z.object({
        carrierId: z.uuid("Choose a carrier."),
        url: z.string().trim().min(1, "Enter the endpoint URL.").max(2000),
        eventTypes: z.array(z.enum(webhookEventTypes)).min(1, "Choose at least one event."),
      }),
    )
    .mutation(({ ctx, input }) => addWebhookSubscription(ctx.db, input)),
  setWebhookActive: adminProcedure
    .input(z.object({ id: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setWebhookSubscriptionActive(ctx.db, input.id, input.active)),
});
