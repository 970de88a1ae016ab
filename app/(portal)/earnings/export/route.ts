import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv";
import { serverCaller } from "@/server/trpc/server";
import { monthFrom } from "../month";

/** The month's statement as CSV: one row per local day, then the total. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const caller = await serverCaller();
    const me = await caller.users.me();
    const store =
      me.stores.find((s) => s.code === params.get("store")) ?? me.stores.find((s) => s.program === "local_delivery");
    if (!store) return new Response((await getTranslations("earnings"))("csvNoStore"), { status: 404 });
    const statement = await caller.deliveries.earnings({
      partnerCode: store.code,
      month: monthFrom(params.get("month") ?? undefined, store.timeZone),
    });
    const rows = [
      ["day", "parcels_delivered", "earned_usd"],
      ...statement.days.map((d) => [d.day, String(d.parcels), (d.cents / 100).toFixed(2)]),
      ["total", String(statement.totalParcels), (statement.totalCents / 100).toFixed(2)],
    ];
    return csvResponse(rows, `earnings-${store.code}-${statement.month}.csv`);
  } catch (error) {
    if (error instanceof TRPCError && ["FORBIDDEN", "UNAUTHORIZED", "NOT_FOUND"].includes(error.code)) {
      return new Response((await getTranslations("earnings"))("csvNotAvailable"), { status: 404 });
    }
    throw error;
  }
}
