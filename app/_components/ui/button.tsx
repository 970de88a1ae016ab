import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "ghost" | "danger";

const variants: Record<Variant, string> = {
  primary: "bg-primary text-primary-fg hover:bg-primary-hover disabled:bg-slate-400 disabled:text-white",
  secondary: "bg-surface text-fg ring-1 ring-border-strong hover:bg-surface-muted disabled:text-fg-muted",
  ghost: "text-fg hover:bg-surface-muted",
  danger: "bg-danger text-white hover:bg-danger-hover disabled:bg-slate-400",
};

/** A button's classes, for links that look like buttons. */
export function buttonClass(variant: Variant = "primary", extra = "") {
  return cn(
    "inline-flex min-h-control items-center justify-center gap-2 rounded-control px-4 py-2 text-body font-semibold transition-colors disabled:cursor-not-allowed",
    variants[variant],
    extra,
  );
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type="button" className={buttonClass(variant, className)} {...props} />;
}
