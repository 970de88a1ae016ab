"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFormat } from "@/app/_components/locale";
import { Button } from "@/app/_components/ui/button";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";
import { useTRPC } from "@/app/_trpc/client";
import type { AuditEntity } from "@/lib/enums";
import { auditEntityLabels } from "@/lib/labels";
import { formatWhen, inputClass } from "../../_components/form-bits";

function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-500">—</span>;
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
      <div>
        <label htmlFor="audit-entity" className="block max-w-xs text-sm font-medium">
          Show
        </label>
        <select
          id="audit-entity"
          value={entity ?? ""}
          onChange={(e) => {
            setEntity((e.target.value || null) as AuditEntity | null);
            setPage(1);
          }}
          className={inputClass}
        >
          <option value="">Everything</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {auditEntityLabels[e]}
            </option>
          ))}
        </select>
      </div>

      {log.data?.rows.length === 0 ? (
        <div className="mt-3">
          <EmptyState title="No changes recorded yet" />
        </div>
      ) : (
        <ScrollRegion label="Audit log" className="mt-3">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  When
                </th>
                <th scope="col" className="py-2 pr-3">
                  Who
                </th>
                <th scope="col" className="py-2 pr-3">
                  What
                </th>
                <th scope="col" className="py-2 pr-3">
                  Before
                </th>
                <th scope="col" className="py-2">
                  After
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {log.data?.rows.map((row) => (
                <tr key={row.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatWhen(format, row.at)}</td>
                  <td className="py-2 pr-3">{row.actorLabel}</td>
                  <td className="py-2 pr-3">
                    {auditEntityLabels[row.entity]} · {row.action.replaceAll("_", " ")}
                  </td>
                  <td className="py-2 pr-3">
                    <Change value={row.before} />
                  </td>
                  <td className="py-2">
                    <Change value={row.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm">
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
