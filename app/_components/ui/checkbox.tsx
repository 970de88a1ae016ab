"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";
import { useFieldControl } from "./field";
import { CheckIcon } from "./icons";

type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  /** Called with the new state, after any `onChange`. */
  onCheckedChange?: (checked: boolean) => void;
};

/**
 * A native checkbox drawn as the design system's box: the browser gives it its role, Space and
 * form submission (`value`, "on" by default, only when checked), with no script of ours to load.
 */
export function Checkbox({ className, onChange, onCheckedChange, ...props }: CheckboxProps) {
  const a11y = useFieldControl(props);
  return (
    // The input covers a thumb's size (44 px) and takes the focus ring; the 20 px box is drawn behind it.
    <span
      className={cn("relative inline-grid size-control shrink-0 place-items-center has-disabled:opacity-60", className)}
    >
      <input
        type="checkbox"
        {...props}
        {...a11y}
        onChange={(e) => {
          onChange?.(e);
          onCheckedChange?.(e.target.checked);
        }}
        className="peer absolute inset-0 appearance-none rounded-control disabled:cursor-not-allowed"
      />
      <span
        aria-hidden="true"
        className="pointer-events-none col-start-1 row-start-1 size-5 rounded border border-border-strong bg-surface peer-checked:border-primary peer-checked:bg-primary peer-aria-invalid:border-danger"
      />
      <CheckIcon
        strokeWidth={3}
        className="pointer-events-none invisible col-start-1 row-start-1 size-4 text-primary-fg peer-checked:visible"
      />
    </span>
  );
}

/** A checkbox with its label beside it; the whole row is the label, so the thumb target. */
export function CheckboxField({ label, className, ...props }: CheckboxProps & { label: React.ReactNode }) {
  return (
    <label className={cn("-ml-3 flex min-h-control items-center text-body text-fg", className)}>
      <Checkbox {...props} />
      {label}
    </label>
  );
}
