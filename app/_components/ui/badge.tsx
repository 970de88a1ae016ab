import { cn } from "./cn";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info" | "accent";

const soft: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-fg",
  brand: "bg-primary-soft text-fg",
  success: "bg-success-soft text-success",
  warning: "bg-warning-soft text-warning",
  danger: "bg-danger-soft text-danger",
  info: "bg-info-soft text-info",
  accent: "bg-indigo-100 text-indigo-900",
};

const solid: Record<BadgeTone, string> = {
  neutral: "bg-slate-600 text-white",
  brand: "bg-primary text-primary-fg",
  success: "bg-emerald-700 text-white",
  warning: "bg-amber-700 text-white",
  danger: "bg-danger text-white",
  info: "bg-sky-700 text-white",
  accent: "bg-indigo-700 text-white",
};

/** A short state in a pill. Tones are the semantic colours; `solid` for a final state. */
export function Badge({
  tone = "neutral",
  solid: isSolid = false,
  className,
  children,
}: {
  tone?: BadgeTone;
  solid?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-pill px-2 py-0.5 text-caption font-semibold whitespace-nowrap",
        (isSolid ? solid : soft)[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
