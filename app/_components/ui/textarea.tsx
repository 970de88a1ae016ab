"use client";

import type { ComponentProps } from "react";
import { cn, setsWidth } from "./cn";
import { controlClass, useFieldControl } from "./field";

/** A multi-line text input. */
export function Textarea({ className, rows = 3, ...props }: ComponentProps<"textarea">) {
  const a11y = useFieldControl(props);
  return (
    <textarea
      rows={rows}
      {...props}
      {...a11y}
      className={cn(controlClass, "py-2", !setsWidth(className) && "w-full", className)}
    />
  );
}
