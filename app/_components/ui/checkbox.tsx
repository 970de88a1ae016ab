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
    // The button is a thumb's size (44 px); the box drawn inside it is 20 px.
    <RadixCheckbox.Root
      {...props}
      {...a11y}
      className={cn(
        "group inline-flex size-control shrink-0 items-center justify-center rounded-control disabled:cursor-not-allowed disabled:opacity-60",
        className,
      )}
    >
      <span className="inline-flex size-5 items-center justify-center rounded border border-border-strong bg-surface text-primary-fg group-aria-invalid:border-danger group-data-[state=checked]:border-primary group-data-[state=checked]:bg-primary">
        <RadixCheckbox.Indicator>
          <Check aria-hidden="true" className="size-4" strokeWidth={3} />
        </RadixCheckbox.Indicator>
      </span>
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
    <div className={cn("-ml-3 flex min-h-control items-center text-body", className)}>
      <Checkbox id={id} {...props} />
      <label htmlFor={id} className="text-fg">
        {label}
      </label>
    </div>
  );
}
