import {
  createWebhookInput,
  deliveryIdInput,
  updateWebhookInput,
  webhookIdInput,
} from "@/server/domain/webhooks/admin-schemas";
import {
  createWebhook,
  deleteWebhook,
  pauseWebhook,
  redeliverWebhook,
  resumeWebhook,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhook,
} from "@/server/domain/webhooks/manage";
import { createTRPCRouter, roleProcedure } from "@/server/trpc/init";

const adminProcedure = roleProcedure("admin");

export const webhooksAdminRouter = createTRPCRouter({
  create: adminProcedure.input(createWebhookInput).mutation(({ ctx, input }) => createWebhook({ ...ctx, input })),
  update: adminProcedure.input(updateWebhookInput).mutation(({ ctx, input }) => updateWebhook({ ...ctx, input })),
  pause: adminProcedure.input(webhookIdInput).mutation(({ ctx, input }) => pauseWebhook({ ...ctx, input })),
  resume: adminProcedure.input(webhookIdInput).mutation(({ ctx, input }) => resumeWebhook({ ...ctx, input })),
  delete: adminProcedure.input(webhookIdInput).mutation(({ ctx, input }) => deleteWebhook({ ...ctx, input })),
  rotateSecret: adminProcedure
    .input(webhookIdInput)
    .mutation(({ ctx, input }) => rotateWebhookSecret({ ...ctx, input })),
  test: adminProcedure.input(webhookIdInput).mutation(({ ctx, input }) => sendTestWebhook({ ...ctx, input })),
  redeliver: adminProcedure.input(deliveryIdInput).mutation(({ ctx, input }) => redeliverWebhook({ ...ctx, input })),
});
