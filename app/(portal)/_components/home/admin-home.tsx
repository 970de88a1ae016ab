import { Card } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { PageHeader } from "@/app/_components/ui/page-header";
import { serverCaller } from "@/server/trpc/server";

export async function AdminHome() {
  const overview = await (await serverCaller()).partners.networkOverview();
  const tiles = [
    { label: "Regions", value: overview.regions },
    { label: "Active partners", value: overview.partners, href: "/partners" },
    { label: "Inactive partners", value: overview.inactivePartners },
    { label: "People with access", value: overview.users },
    { label: "Carriers", value: overview.carriers },
    { label: "Live API keys", value: overview.apiKeys },
    { label: "Parcels in flight", value: overview.parcelsInFlight },
  ];
  return (
    <>
      <PageHeader title="Network overview" />
      <Card>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {tiles.map((tile) => (
            <li key={tile.label} className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
              <p className="text-2xl font-bold tabular-nums">{tile.value}</p>
              {tile.href ? (
                <Link href={tile.href} className="text-sm text-brand-700 hover:underline">
                  {tile.label}
                </Link>
              ) : (
                <p className="text-sm text-slate-700">{tile.label}</p>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
