"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { MapTiles } from "@/app/_components/map/geometry";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { MallForm } from "./mall-form";

export function MallsAdmin({ timeZones, tiles }: { timeZones: string[]; tiles: MapTiles }) {
  const trpc = useTRPC();
  const { data: malls } = useSuspenseQuery(trpc.admin.malls.list.queryOptions());
  const { data: regions } = useSuspenseQuery(trpc.admin.regions.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <Card title="New mall">
        {regions.length === 0 ? (
          <EmptyState title="Create a region first">Every mall belongs to a region.</EmptyState>
        ) : (
          <MallForm regions={regions} timeZones={timeZones} tiles={tiles} />
        )}
      </Card>
      <Card title="Malls">
        {malls.length === 0 ? (
          <EmptyState title="No malls yet" />
        ) : (
          <ul className="divide-y divide-slate-100">
            {malls.map((m) => (
              <li key={m.id} className="py-3">
                {editing === m.id ? (
                  <MallForm
                    mall={m}
                    regions={regions}
                    timeZones={timeZones}
                    tiles={tiles}
                    onDone={() => setEditing(null)}
                  />
                ) : (
                  <div className="flex flex-wrap items-center gap-3 text-sm">
                    <span className="font-medium text-slate-900">{m.name}</span>
                    <span className="text-slate-600">
                      {m.addressLine1}, {m.city}, {m.state} {m.postalCode}
                    </span>
                    <span className="text-slate-600">
                      {m.regionName} · {m.timeZone}
                    </span>
                    <Button variant="secondary" className="ml-auto" onClick={() => setEditing(m.id)}>
                      Edit <span className="sr-only">{m.name}</span>
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
