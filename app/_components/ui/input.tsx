"use client";

import type { ComponentProps } from "react";
import { cn, setsWidth } from "./cn";
import { controlClass, useFieldControl } from "./field";

/** A text-like input (text, number, date, time, email, search…); inside a Field it is wired to its label. */
export function Input({ className, ...props }: ComponentProps<"input">) {
  const a11y = useFieldControl(props);
  return <input {...props} {...a11y} className={cn(controlClass, !setsWidth(className) && "w-full", className)} />;
}
