import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/app/_components/ui/card";
import { serverCaller } from "@/server/trpc/server";

type Params = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Partner" };

export default async function PartnerPage({ params }: Params) {
  const code = decodeURIComponent((await params).code);
  const partner = await (await serverCaller()).partners.get({ code }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const facts: [string, string][] = [
    ["Code", partner.code],
    ["Program", partner.program === "mall_pickup" ? "Mall pickup" : "Local delivery"],
    ["Region", partner.regionName],
    [
      "Where",
      partner.mallName ? `${partner.mallName}, ${partner.city}, ${partner.state}` : `${partner.city}, ${partner.state}`,
    ],
    ["Time zone", partner.timeZone],
    ["Location", `${partner.lat.toFixed(4)}, ${partner.lng.toFixed(4)}`],
    ...(partner.program === "local_delivery"
      ? ([
          ["Delivery radius", `${partner.radiusMiles} miles`],
          ["Pay per parcel", `$${(partner.payRateCents / 100).toFixed(2)}`],
        ] as [string, string][])
      : []),
    ["Status", partner.active ? "Active" : "Inactive"],
  ];
  return (
    <>
      <PageHeader title={partner.name} />
      <Card title="About this partner">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}
