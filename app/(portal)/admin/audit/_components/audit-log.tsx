"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Select } from "@/app/_components/ui/select";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import type { AuditEntity } from "@/lib/enums";
import { auditEntityLabels } from "@/lib/labels";
import { formatWhen } from "../../_components/form-bits";

function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-fg-muted">—</span>;
  return <code className="break-all text-xs">{JSON.stringify(value)}</code>;
}

/** `entities` comes from the server, so the schema module stays out of the browser bundle. */
export function AuditLog({ entities }: { entities: readonly AuditEntity[] }) {
  const trpc = useTRPC();
  const format = useFormat();
  const [entity, setEntity] = useState<AuditEntity | null>(null);
  const [page, setPage] = useState(1);
  const log = useQuery({ ...trpc.admin.audit.list.queryOptions({ entity, page }), placeholderData: keepPreviousData });
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / log.data.pageSize)) : 1;
  return (
    <Card>
      <Field label="Show" className="max-w-xs">
        <Select
          value={entity ?? ""}
          onChange={(e) => {
            setEntity((e.target.value || null) as AuditEntity | null);
            setPage(1);
          }}
        >
          <option value="">Everything</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {auditEntityLabels[e]}
            </option>
          ))}
        </Select>
      </Field>

      {log.data?.rows.length === 0 ? (
        <div className="mt-3">
          <EmptyState title="No changes recorded yet" />
        </div>
      ) : (
        <Table label="Audit log" regionClassName="mt-3">
          <THead>
            <Tr>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>What</Th>
              <Th>Before</Th>
              <Th>After</Th>
            </Tr>
          </THead>
          <TBody>
            {log.data?.rows.map((row) => (
              <Tr key={row.id}>
                <Td className="whitespace-nowrap">{formatWhen(format, row.at)}</Td>
                <Td>{row.actorLabel}</Td>
                <Td>
                  {auditEntityLabels[row.entity]} · {row.action.replaceAll("_", " ")}
                </Td>
                <Td>
                  <Change value={row.before} />
                </Td>
                <Td>
                  <Change value={row.after} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-body">
        <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          Previous
        </Button>
        <span>
          Page {page} of {pages}
        </span>
        <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          Next
        </Button>
      </nav>
    </Card>
  );
}
