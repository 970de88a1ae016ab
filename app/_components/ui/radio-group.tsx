"use client";

import { RadioGroup as RadixRadioGroup } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * One choice among a few, drawn as side-by-side thumb-sized buttons (Radix: role `radiogroup`,
 * arrow keys move the choice, Tab enters and leaves the group). Label it with `aria-label` or
 * `aria-labelledby`.
 */
export function ChoiceGroup({ className, ...props }: ComponentProps<typeof RadixRadioGroup.Root>) {
  return <RadixRadioGroup.Root {...props} className={cn("flex gap-2", className)} />;
}

/** One choice of a ChoiceGroup: its label is its content. */
export function Choice({ className, ...props }: ComponentProps<typeof RadixRadioGroup.Item>) {
  return (
    <RadixRadioGroup.Item
      {...props}
      className={cn(
        "flex min-h-control flex-1 items-center justify-center rounded-control bg-surface text-body font-semibold text-fg ring-1 ring-border-strong focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed data-[state=checked]:bg-primary data-[state=checked]:text-primary-fg data-[state=checked]:ring-primary",
        className,
      )}
    />
  );
}
