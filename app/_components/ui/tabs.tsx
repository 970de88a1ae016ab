"use client";

import { Tabs as RadixTabs } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Tabs (Radix): arrow keys move between tabs, each tab shows its panel. */
export const Tabs = RadixTabs.Root;

export function TabsList({ className, ...props }: ComponentProps<typeof RadixTabs.List>) {
  return <RadixTabs.List {...props} className={cn("mb-3 flex flex-wrap gap-1 border-b border-border", className)} />;
}

export function TabsTrigger({ className, ...props }: ComponentProps<typeof RadixTabs.Trigger>) {
  return (
    <RadixTabs.Trigger
      {...props}
      className={cn(
        "-mb-px inline-flex min-h-control items-center border-b-2 border-transparent px-4 text-body font-medium text-fg-muted hover:text-fg data-[state=active]:border-primary data-[state=active]:text-fg",
        className,
      )}
    />
  );
}

export function TabsContent({ className, ...props }: ComponentProps<typeof RadixTabs.Content>) {
  return <RadixTabs.Content {...props} className={cn("focus-visible:outline-2", className)} />;
}
