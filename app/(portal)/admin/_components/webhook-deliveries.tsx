"use client";

import { useMutation } from "@tanstack/react-query";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/card";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table, TBody, Td, THead, Th, Tr } from "@/app/_components/ui/table";
import { useFormat } from "@/app/_components/use-format";
import { useTRPC } from "@/app/_trpc/client";
import { FormError } from "./form-bits";

const statusLabel: Record<"pending" | "succeeded" | "failed", { text: string; tone: BadgeTone; solid?: true }> = {
  pending: { text: "pending", tone: "warning" },
  succeeded: { text: "succeeded", tone: "success" },
  // Every retry over three days failed: nothing more is sent unless someone redelivers it.
  failed: { text: "gave up", tone: "danger", solid: true },
};

type Delivery = {
  id: string;
  eventType: string;
  status: keyof typeof statusLabel;
  attemptCount: number;
  nextAttemptAt: Date;
  createdAt: Date;
  attempts: {
    id: number;
    attemptedAt: Date;
    responseStatus: number | null;
    error: string | null;
    durationMs: number;
  }[];
};

type Page = { page: number; pageCount: number; size: number; total: number };

/**
 * The "Recent deliveries" card's content: a page of deliveries and the links to the others. It is
 * under the form and the endpoints, out of the first screen, so its code loads after the page's.
 */
export function RecentDeliveries({
  deliveries,
  deliveriesPage,
  onChange,
}: {
  deliveries: Delivery[];
  deliveriesPage: Page;
  onChange: () => void;
}) {
  return (
    <>
      <DeliveriesTable deliveries={deliveries} onChange={onChange} />
      {deliveriesPage.total > 0 ? (
        <Pagination
          label="Deliveries pages"
          {...deliveriesPage}
          href={(p) => (p === 1 ? "/admin/webhooks" : `/admin/webhooks?page=${p}`)}
        />
      ) : null}
    </>
  );
}

function DeliveriesTable({ deliveries, onChange }: { deliveries: Delivery[]; onChange: () => void }) {
  const trpc = useTRPC();
  const format = useFormat();
  const redeliver = useMutation(trpc.admin.hooks.redeliver.mutationOptions({ onSuccess: onChange }));
  if (deliveries.length === 0) return <EmptyState title="Nothing sent yet" />;
  return (
    <div>
      <FormError error={redeliver.error} />
      <Table label="Webhook deliveries">
        <THead>
          <Tr>
            <Th>Event</Th>
            <Th>Status</Th>
            <Th>Queued</Th>
            <Th>Attempts</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </Tr>
        </THead>
        <TBody>
          {deliveries.map((d) => (
            <Tr key={d.id} className={d.status === "failed" ? "bg-danger-soft" : ""}>
              <Td>
                <code>{d.eventType}</code>
              </Td>
              <Td>
                <Badge tone={statusLabel[d.status].tone} solid={statusLabel[d.status].solid === true}>
                  {statusLabel[d.status].text}
                </Badge>
              </Td>
              <Td className="whitespace-nowrap">{format.dateTime(d.createdAt)}</Td>
              <Td>
                {d.attempts.length === 0 ? (
                  <span className="text-fg-muted">none yet</span>
                ) : (
                  <ol className="space-y-0.5">
                    {d.attempts.slice(-5).map((a) => (
                      <li key={a.id}>
                        {format.time(a.attemptedAt)} · {a.responseStatus ?? "no answer"}
                        {a.error ? ` · ${a.error}` : ""} · {a.durationMs} ms
                      </li>
                    ))}
                  </ol>
                )}
                {d.attempts.length > 5 ? <p className="text-fg-muted">{d.attemptCount} attempts in all</p> : null}
                {d.status === "pending" && d.attemptCount > 0 ? (
                  <p className="text-fg-muted">next try {format.dateTime(d.nextAttemptAt)}</p>
                ) : null}
              </Td>
              <Td className="text-right">
                {d.status === "pending" && d.attemptCount === 0 ? null : (
                  <Button
                    variant="secondary"
                    disabled={redeliver.isPending}
                    onClick={() => redeliver.mutate({ deliveryId: d.id })}
                  >
                    Redeliver
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
