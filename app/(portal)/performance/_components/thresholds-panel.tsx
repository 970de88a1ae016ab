"use client";

import { useState } from "react";
import type { ThresholdsInput } from "@/server/domain/performance/schemas";
import { ThresholdsForm } from "./thresholds-form";

/**
 * The regions' alert thresholds, folded away: each region's form is drawn once the panel is
 * opened, so a network of many regions does not render (and send) every form on each visit.
 */
export function ThresholdsPanel({
  regions,
}: {
  regions: { id: string; name: string; thresholds: Omit<ThresholdsInput, "regionId"> }[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mb-4 rounded-card bg-surface p-4 ring-1 ring-border"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">Alert thresholds</summary>
      <div className="mt-3 space-y-4">
        {open
          ? regions.map((r) => (
              <ThresholdsForm key={r.id} regionId={r.id} regionName={r.name} thresholds={r.thresholds} />
            ))
          : null}
      </div>
    </details>
  );
}
