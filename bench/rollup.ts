import { isDeepStrictEqual } from "node:util";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { partners } from "@/db/schema";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { partnerFiguresFromRaw, summarize } from "@/server/domain/performance/raw";
import { partnerFiguresFromRollup } from "@/server/domain/performance/rollup";
import { addDays, localDayOf } from "@/server/domain/time/local-day";

export type PathTiming = { label: string; runs: number; p50: number; p95: number };

/**
 * The dashboard's question — every partner's figures over the last 30 local days — answered
 * from the rollup and by the naive GROUP BY over raw rows, in the same run, for one region
 * and for every partner the manager sees. Also checks that both give the same answer.
 */
export async function compareRollup(
  url: string,
  managerUserId: string,
): Promise<{ rows: PathTiming[]; agree: boolean }> {
  const handle = openDatabase({ url, max: 4 });
  try {
    const actor = await loadUserActor(handle.db, managerUserId);
    if (!actor) throw new Error("bench: the scale manager is missing");
    const [first] = await handle.db
      .select({ regionId: partners.regionId })
      .from(partners)
      .where(eq(partners.code, "SC-0001"));
    const regionPartners = await handle.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.regionId, first!.regionId));
    const to = localDayOf(new Date(), "America/Chicago");
    const period = { from: addDays(to, -29), to };
    const region = { ...period, partnerIds: regionPartners.map((p) => p.id) };

    const dashboard = async (source: typeof partnerFiguresFromRaw, scope: typeof period) =>
      summarize(await source(handle.db, actor, scope));
    const agree = isDeepStrictEqual(
      await dashboard(partnerFiguresFromRollup, region),
      await dashboard(partnerFiguresFromRaw, region),
    );
    const rows = [
      await time(`rollup, one region (${regionPartners.length} partners)`, 20, () =>
        dashboard(partnerFiguresFromRollup, region),
      ),
      await time(`naive GROUP BY, one region (${regionPartners.length} partners)`, 5, () =>
        dashboard(partnerFiguresFromRaw, region),
      ),
      await time("rollup, every partner of the manager", 10, () => dashboard(partnerFiguresFromRollup, period)),
      await time("naive GROUP BY, every partner of the manager", 3, () => dashboard(partnerFiguresFromRaw, period)),
    ];
    return { rows, agree };
  } finally {
    await handle.close();
  }
}

async function time(label: string, runs: number, run: () => Promise<unknown>): Promise<PathTiming> {
  await run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.max(0, Math.ceil((p / 100) * ms.length) - 1)]!;
  return { label, runs, p50: at(50), p95: at(95) };
}
