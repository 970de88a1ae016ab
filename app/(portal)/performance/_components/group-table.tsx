import { Table, TBody, THead, Th, Tr } from "@/app/_components/ui/table";
import type { Formatter } from "@/lib/format";
import { figureColumns } from "@/server/domain/performance/columns";
import type { PartnerRow } from "../rows";
import { FigureCell } from "./figure-cell";

/** Regions' or malls' roll-ups beside the previous period. */
export function GroupTable({
  groups,
  format,
}: {
  format: Formatter;
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
    <Table label="Groups">
      <THead>
        <Tr>
          <Th>Group</Th>
          {columns.map((c) => (
            <Th key={c.key} className="text-right">
              {c.label}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {groups.map((g) => (
          <Tr key={`${g.kind}-${g.id}`}>
            <Th scope="row">
              {g.name}
              <span className="block text-caption font-normal text-fg-muted">
                {g.kind} · {g.partners} partners
              </span>
            </Th>
            {columns.map((c) => (
              <FigureCell key={c.key} column={c} figures={g.figures} previous={g.previous} format={format} />
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
