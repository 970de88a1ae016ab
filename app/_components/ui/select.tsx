"use client";

import type { ComponentProps } from "react";
import { cn, setsWidth } from "./cn";
import { controlClass, useFieldControl } from "./field";
import { ChevronDownIcon } from "./icons";

/**
 * A choice from a list: the browser's own select, styled. It keeps the phone's native picker,
 * form submission and `selectOption`/`getByLabel` in tests, which a scripted listbox loses.
 */
export function Select({ className, children, ...props }: ComponentProps<"select">) {
  const a11y = useFieldControl(props);
  const width = setsWidth(className) ? className : cn("w-full", className);
  return (
    <div className={cn("relative", width)}>
      <select {...props} {...a11y} className={cn(controlClass, "w-full appearance-none pr-9")}>
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted" />
    </div>
  );
}
