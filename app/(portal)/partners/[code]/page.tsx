import type { Metadata } from "next";
import { Suspense } from "react";
import { mapTiles } from "@/app/_components/map/tiles";
import { getFormat } from "@/app/_components/request-locale";
import { buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { programLabels } from "@/lib/labels";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/server/trpc/server";
import { currentUser } from "../../_components/current-user";
import { OpeningHoursList } from "../../_components/opening-hours";
import { notFoundOrThrow, pathParam } from "../../_components/route-params";
import { ActiveToggle } from "../_components/active-toggle";
import { LaterOpeningHoursGrid, LaterPayRate, LaterStorePeople } from "../_components/later-sections";
import { PartnerForm } from "../_components/partner-form";
import { PickupWindows } from "../_components/pickup-windows";

type Params = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Partner" };

export default async function PartnerPage({ params }: Params) {
  const format = await getFormat();
  const code = pathParam((await params).code);
  const [me, caller] = await Promise.all([currentUser(), serverCaller()]);
  const manages = me?.role === "regional_manager" || me?.role === "admin";
  const partner = await caller.partners.get({ code }).catch(notFoundOrThrow);
  const placement = manages ? await caller.partners.placement() : null;
  if (manages && partner.program === "mall_pickup") {
    void getQueryClient().prefetchQuery(trpc.partners.pickupWindows.queryOptions({ code: partner.code }));
  }
  const facts: [string, string][] = [
    ["Code", partner.code],
    ["Program", programLabels[partner.program]],
    ["Region", partner.regionName],
    [
      "Where",
      partner.mallName ? `${partner.mallName}, ${partner.city}, ${partner.state}` : `${partner.city}, ${partner.state}`,
    ],
    ["Time zone", partner.timeZone],
    ["Location", `${partner.lat.toFixed(4)}, ${partner.lng.toFixed(4)}`],
    ...(partner.program === "local_delivery"
      ? ([
          ["Delivery radius", `${format.number(partner.radiusMiles)} miles`],
          ["Pay per parcel", format.cents(partner.payRateCents)],
        ] as [string, string][])
      : []),
    ["Status", partner.active ? "Active" : "Inactive"],
  ];
  return (
    <>
      <PageHeader title={partner.name} />
      {manages ? (
        <div className="mb-4 flex flex-wrap gap-3">
          <Link href={`/performance/${encodeURIComponent(partner.code)}`} className={buttonClass("secondary")}>
            Performance
          </Link>
          <ActiveToggle code={partner.code} name={partner.name} active={partner.active} />
        </div>
      ) : null}
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
      {manages ? null : (
        <Card title="Opening hours" className="mt-4">
          <OpeningHoursList hours={partner.openingHours} />
        </Card>
      )}
      {manages && placement ? (
        <>
          <Card title="Edit" className="mt-4">
            <PartnerForm
              placement={placement}
              existingCode={partner.code}
              tiles={mapTiles()}
              initial={{ ...partner, mallId: partner.mallId ?? null }}
            />
          </Card>
          {partner.program === "local_delivery" ? (
            <Card title="Pay per parcel" className="mt-4">
              <LaterPayRate code={partner.code} />
            </Card>
          ) : null}
          <Card title="Opening hours (store's local time)" className="mt-4">
            <LaterOpeningHoursGrid code={partner.code} initial={partner.openingHours} />
          </Card>
          {partner.program === "mall_pickup" ? (
            <Card title="Recurring pickups (store's local time)" className="mt-4">
              <HydrateClient>
                <Suspense fallback={<p className="text-sm text-slate-600">Loading the schedule…</p>}>
                  <PickupWindows code={partner.code} />
                </Suspense>
              </HydrateClient>
            </Card>
          ) : null}
          <Card title="Store accounts" className="mt-4">
            <LaterStorePeople code={partner.code} />
          </Card>
        </>
      ) : null}
    </>
  );
}
