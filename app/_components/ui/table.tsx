import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { ScrollRegion } from "./scroll-region";
import { Skeleton } from "./skeleton";

/** The header cell classes (SortableHeader uses them too). */
export const thClass = "px-3 py-2 text-caption font-semibold tracking-wide text-fg-muted uppercase";

/**
 * A data table. With `label` it sits in a keyboard-scrollable region (phones scroll it sideways);
 * on large screens the region also scrolls down with its header row kept in view.
 */
export function Table({
  label,
  className,
  regionClassName,
  children,
  ...props
}: ComponentProps<"table"> & { label?: string; regionClassName?: string }) {
  const table = (
    <table {...props} className={cn("w-full border-collapse text-left text-body", className)}>
      {children}
    </table>
  );
  if (!label) return table;
  return (
    <ScrollRegion label={label} className={cn("lg:max-h-[calc(100vh-8rem)] lg:overflow-y-auto", regionClassName)}>
      {table}
    </ScrollRegion>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead {...props} className={cn("sticky top-0 z-10 bg-surface shadow-[inset_0_-1px_0_var(--border)]", className)} />
  );
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody {...props} className={cn("divide-y divide-border", className)} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr {...props} className={cn("align-top", className)} />;
}

export function Th({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} {...props} className={cn(scope === "col" ? thClass : "px-3 py-2 font-medium", className)} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td {...props} className={cn("px-3 py-2", className)} />;
}

/** A row saying the table has nothing to show (and, as children, what to do about it). */
export function TableEmpty({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-8 text-center text-fg-muted">
        {children}
      </td>
    </tr>
  );
}

/** Placeholder rows while the table loads; the body says it is busy. */
export function TableLoading({ colSpan, rows = 3 }: { colSpan: number; rows?: number }) {
  const t = useTranslations("common");
  return (
    <tbody aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity.
        <tr key={i}>
          <td colSpan={colSpan} className="px-3 py-2">
            <Skeleton className="h-5 w-full" />
            {i === 0 ? <span className="sr-only">{t("loadingEllipsis")}</span> : null}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
