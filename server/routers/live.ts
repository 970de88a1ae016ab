import { z } from "zod";
import { text } from "@/lib/validation";
import { loadSession } from "@/server/domain/auth/sessions";
import { visiblePartnerIds } from "@/server/domain/partners/visible";
import { listening, processChangeFeed } from "@/server/realtime/changes";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";

const sessionRecheckMs = 30_000;

export const liveRouter = createTRPCRouter({
  /**
   * Server-sent notices of every committed change to the given stores (or a mall's retailers)
   * that the caller may see; screens refetch what changed.
   */
  changes: protectedProcedure
    .input(
      z.object({
        partnerCodes: z
          .array(text({ max: 64 }))
          .max(50)
          .optional(),
        mallId: z.uuid().optional(),
      }),
    )
    .subscription(async function* ({ ctx, input, signal }) {
      const visible = await visiblePartnerIds({ db: ctx.db, actor: ctx.actor, ...input });
      const feed = await processChangeFeed();
      let sessionCheckedAt = Date.now();
      for await (const notice of feed.live(visible, signal)) {
        // A stream outlives its first check: stop it soon after the session ends.
        if (ctx.sessionId && Date.now() - sessionCheckedAt > sessionRecheckMs) {
          sessionCheckedAt = Date.now();
          if (!(await loadSession({ db: ctx.db, userId: ctx.actor.userId, sessionId: ctx.sessionId }))) return;
        }
        // The first message says the feed is listening: screens refetch, as they do on a change.
        yield notice === listening
          ? { subject: listening, partnerId: null, at: Date.now() }
          : { subject: notice.subject, partnerId: notice.partnerId, at: Date.now() };
      }
    }),
});
