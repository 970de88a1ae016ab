"use client";

import { Check } from "lucide-react";
import { Checkbox as RadixCheckbox } from "radix-ui";
import { type ComponentProps, useId } from "react";
import { cn } from "./cn";
import { useFieldControl } from "./field";

/**
 * A checkbox (Radix: role `checkbox`, Space toggles). Inside a form it also submits a hidden
 * native input, so GET filter forms keep working.
 */
export function Checkbox({ className, ...props }: ComponentProps<typeof RadixCheckbox.Root>) {
  const a11y = useFieldControl(props);
  return (
    <RadixCheckbox.Root
      {...props}
      {...a11y}
      className={cn(
        "inline-flex size-5 shrink-0 items-center justify-center rounded border border-border-strong bg-surface text-primary-fg data-[state=checked]:border-primary data-[state=checked]:bg-primary disabled:cursor-not-allowed disabled:opacity-60",
        className,
      )}
    >
      <RadixCheckbox.Indicator>
        <Check aria-hidden="true" className="size-4" strokeWidth={3} />
      </RadixCheckbox.Indicator>
    </RadixCheckbox.Root>
  );
}

/** A checkbox with its label beside it (and the row as the thumb target). */
export function CheckboxField({
  label,
  className,
  ...props
}: ComponentProps<typeof RadixCheckbox.Root> & { label: React.ReactNode }) {
  const id = useId();
  return (
    <div className={cn("flex min-h-control items-center gap-2 text-body", className)}>
      <Checkbox id={id} {...props} />
      <label htmlFor={id} className="text-fg">
        {label}
      </label>
    </div>
  );
}
