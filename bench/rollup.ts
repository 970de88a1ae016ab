import { isDeepStrictEqual } from "node:util";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { partners } from "@/db/schema";
import { addDays, localDayOf } from "@/lib/local-day";
import { loadUserActor } from "@/server/domain/auth/load-actor";
import { performanceDashboard } from "@/server/domain/performance/dashboard";
import { partnerFiguresFromRaw, summarize } from "@/server/domain/performance/raw";
import { partnerTotalsFromRollup } from "@/server/domain/performance/rollup-totals";
import { listenForStatsChanges } from "@/server/domain/performance/totals-cache";

export type PathTiming = { label: string; runs: number; p50: number; p95: number };

/**
 * The dashboard's question — every partner's figures over the last 30 local days — answered
 * from the rollup and by the naive GROUP BY over raw rows, in the same run, for one region
 * and for every partner the manager sees; then the whole dashboard (that period and the one
 * before, roll-ups and alerts). Also checks that rollup and raw give the same answer.
 */
export async function compareRollup(
  url: string,
  managerUserId: string,
): Promise<{ rows: PathTiming[]; agree: boolean }> {
  const handle = openDatabase({ url, max: 4 });
  try {
    const actor = await loadUserActor({ db: handle.db, userId: managerUserId });
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

    const naive = async (scope: typeof period & { partnerIds?: string[] }) =>
      summarize(await partnerFiguresFromRaw({ db: handle.db, actor, ...scope }));
    // What the dashboard reads: per-partner totals summed by the database from the rollup.
    const rollup = async ({ partnerIds, ...scope }: typeof period & { partnerIds?: string[] }) =>
      (await partnerTotalsFromRollup({ db: handle.db, actor, periods: [scope], partnerIds }))[0];
    const agree = isDeepStrictEqual(await rollup(region), await naive(region));
    const rows = [
      await time(`rollup, one region (${regionPartners.length} partners)`, 20, () => rollup(region)),
      await time(`naive GROUP BY, one region (${regionPartners.length} partners)`, 5, () => naive(region)),
      await time("rollup, every partner of the manager", 20, () => rollup(period)),
      await time("naive GROUP BY, every partner of the manager", 3, () => naive(period)),
      await time("dashboard, every partner (both periods, alerts)", 20, () =>
        performanceDashboard({ db: handle.db, actor, period }),
      ),
    ];
    // As the portal serves it: sums kept until a rollup changes (the first run above sums afresh).
    await listenForStatsChanges(handle);
    rows.push(
      await time("dashboard, every partner, as served (kept sums)", 20, () =>
        performanceDashboard({ db: handle.db, actor, period }),
      ),
    );
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
