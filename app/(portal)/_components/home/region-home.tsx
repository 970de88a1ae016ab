import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui/card";
import { serverCaller } from "@/server/trpc/server";

const programLabels = { mall_pickup: "Mall pickup", local_delivery: "Local delivery" } as const;

/** The manager's region(s): every partner with what it has in hand and has handed on today. */
export async function RegionHome() {
  const partners = await (await serverCaller()).partners.withTodayCounts();
  const regions = [...new Set(partners.map((p) => p.regionName))];
  return (
    <>
      <PageHeader title="Your region" subtitle="Each partner's figures are in its own local day." />
      {regions.length === 0 ? (
        <EmptyState title="No partners in your regions yet" />
      ) : (
        regions.map((region) => (
          <Card key={region} title={region} className="mb-4">
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-3">
                      Partner
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Program
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      Where
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      In hand
                    </th>
                    <th scope="col" className="py-2 text-right">
                      Handed on today
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {partners
                    .filter((p) => p.regionName === region)
                    .map((p) => (
                      <tr key={p.id} className={p.active ? "" : "text-slate-500"}>
                        <td className="py-2 pr-3">
                          <Link
                            href={`/partners/${encodeURIComponent(p.code)}`}
                            className="font-medium text-brand-700 hover:underline"
                          >
                            {p.name}
                          </Link>
                          <span className="ml-2 text-xs text-slate-500">{p.code}</span>
                          {p.active ? null : <span className="ml-2 text-xs">(inactive)</span>}
                        </td>
                        <td className="py-2 pr-3">{programLabels[p.program]}</td>
                        <td className="py-2 pr-3">{p.mallName ?? `${p.city}, ${p.state}`}</td>
                        <td className="py-2 pr-3 text-right tabular-nums">{p.inHand}</td>
                        <td className="py-2 text-right tabular-nums">{p.handedOnToday}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </Card>
        ))
      )}
    </>
  );
}
