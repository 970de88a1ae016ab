import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import type { ManifestDiscrepancy, ParcelStatus } from "@/lib/enums";

/** One parcel on an arrival's manifest, with its status, any discrepancy, and any actions. */
export function ManifestLine({
  trackingId,
  recipientName,
  status,
  discrepancy,
  testId,
  actions,
  children,
}: {
  trackingId: string;
  recipientName: string;
  status: ParcelStatus;
  discrepancy: string | null;
  testId: string;
  /** Beside the status (buttons, a photo). */
  actions?: ReactNode;
  /** On a row of its own under the line (a small form). */
  children?: ReactNode;
}) {
  const t = useTranslations("parcels.discrepancy");
  // Each discrepancy has its text; asking the texts spares the browser the list of them.
  const known = discrepancy && t.has(discrepancy as ManifestDiscrepancy) ? (discrepancy as ManifestDiscrepancy) : null;
  return (
    <li className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid={testId}>
      <span className="font-mono font-medium">{trackingId}</span>
      <span className="text-slate-700">{recipientName}</span>
      <span className="ml-auto flex flex-wrap items-center justify-end gap-2">
        {actions}
        {discrepancy ? (
          <span className="rounded-full bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900">
            {known ? t(known) : discrepancy}
          </span>
        ) : null}
        <StatusBadge status={status} />
      </span>
      {children ? <div className="basis-full">{children}</div> : null}
    </li>
  );
}
