import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { mapTiles } from "@/app/_components/map/tiles";
import { Card } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { serverCaller } from "@/server/trpc/server";
import { currentUser } from "../../_components/current-user";
import { PartnerForm } from "../_components/partner-form";

export const metadata: Metadata = { title: "Onboard a partner" };

export default async function NewPartnerPage() {
  const me = await currentUser();
  if (me?.role !== "regional_manager" && me?.role !== "admin") notFound();
  const placement = await (await serverCaller()).partners.placement();
  return (
    <>
      <PageHeader
        title="Onboard a partner"
        subtitle="Type the store's coordinates in decimal degrees, or place it on the map."
      />
      <Card>
        <PartnerForm placement={placement} tiles={mapTiles()} />
      </Card>
    </>
  );
}
