import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDatabase } from "@/db/client";
import { partners } from "@/db/schema";
import { partnerScope } from "@/server/domain/scope";
import { changeFeed } from "@/server/realtime/changes";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";

export const liveRouter = createTRPCRouter({
  /**
   * Server-sent notices of every committed change to the given stores (or a mall's retailers)
   * that the caller may see; screens refetch what changed.
   */
  changes: protectedProcedure
    .input(z.object({ partnerCodes: z.array(z.string().max(64)).max(50).optional(), mallId: z.uuid().optional() }))
    .subscription(async function* ({ ctx, input, signal }) {
      const conditions = [partnerScope(ctx.actor)];
      if (input.partnerCodes) conditions.push(inArray(partners.code, input.partnerCodes));
      if (input.mallId) conditions.push(eq(partners.mallId, input.mallId));
      const visible = await ctx.db
        .select({ id: partners.id })
        .from(partners)
        .where(and(...conditions));
      const feed = changeFeed(await getDatabase());
      for await (const notice of feed.changes(new Set(visible.map((p) => p.id)), signal)) {
        yield { subject: notice.subject, partnerId: notice.partnerId, at: Date.now() };
      }
    }),
});
