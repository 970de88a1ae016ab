import { Table, THead, Th, Tr } from "@/app/_components/ui/table";
import type { Formatter } from "@/lib/format";
import { figureColumns } from "@/server/domain/performance/columns";
import type { PartnerRow } from "../rows";
import { figureText } from "./figure-cell";
import { FigureRows } from "./figure-rows";

const groupColumns = figureColumns.filter((c) =>
  ["readyOnTime", "missedStore", "missedDriver", "completion", "proof", "daysServiced"].includes(c.key),
);

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
  return (
    <Table label="Groups">
      <THead>
        <Tr>
          <Th>Group</Th>
          {groupColumns.map((c) => (
            <Th key={c.key} className="text-right">
              {c.label}
            </Th>
          ))}
        </Tr>
      </THead>
      <FigureRows
        rows={groups.map((g) => ({
          id: `${g.kind}-${g.id}`,
          name: g.name,
          note: `${g.kind} · ${g.partners} partners`,
          figures: groupColumns.map((c) => figureText(c, g.figures, g.previous, format)),
        }))}
      />
    </Table>
  );
}
