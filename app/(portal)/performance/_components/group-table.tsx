import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { figureColumns } from "@/server/domain/performance/columns";
import type { PartnerRow } from "../rows";
import { FigureCell } from "./figure-cell";

/** Regions' or malls' roll-ups beside the previous period. */
export function GroupTable({
  groups,
}: {
  groups: {
    id: string;
    kind: string;
    name: string;
    partners: number;
    figures: PartnerRow["figures"];
    previous: PartnerRow["figures"];
  }[];
}) {
  const columns = figureColumns.filter((c) =>
    ["readyOnTime", "missedStore", "missedDriver", "completion", "proof", "daysServiced"].includes(c.key),
  );
  return (
    <ScrollRegion label="Groups">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Group
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="py-2 pr-3 text-right">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((g) => (
            <tr key={`${g.kind}-${g.id}`}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {g.name}
                <span className="block text-xs font-normal text-slate-500">
                  {g.kind} · {g.partners} partners
                </span>
              </th>
              {columns.map((c) => (
                <FigureCell key={c.key} column={c} figures={g.figures} previous={g.previous} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
