"use client";

import { createContext, useContext, useId } from "react";
import { cn } from "./cn";

type Group = { name: string; value: string; disabled: boolean; onValueChange: (value: string) => void };

const GroupContext = createContext<Group | null>(null);

/**
 * One choice among a few, drawn as side-by-side thumb-sized buttons. Native radio inputs: the
 * browser gives the group its arrow keys, Tab in and out, and the screen reader's "1 of 2" with
 * no script of ours to load. Label it with `aria-label` or `aria-labelledby`.
 */
export function ChoiceGroup({
  value,
  onValueChange,
  disabled = false,
  className,
  children,
  ...aria
}: {
  value: string;
  onValueChange: (value: string) => void;
  disabled?: boolean;
  className?: string;
  children: React.ReactNode;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}) {
  const name = useId();
  return (
    <GroupContext value={{ name, value, disabled, onValueChange }}>
      <div role="radiogroup" {...aria} className={cn("flex gap-2", className)}>
        {children}
      </div>
    </GroupContext>
  );
}

/** One choice of a ChoiceGroup: its label is its content. */
export function Choice({
  value,
  className,
  children,
}: {
  value: string;
  className?: string;
  children: React.ReactNode;
}) {
  const group = useContext(GroupContext);
  if (!group) throw new Error("Choice needs a ChoiceGroup around it");
  return (
    <label
      className={cn(
        "flex min-h-control flex-1 cursor-pointer items-center justify-center rounded-control bg-surface text-body font-semibold text-fg ring-1 ring-border-strong has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus has-[:disabled]:cursor-not-allowed has-[:checked]:bg-primary has-[:checked]:text-primary-fg has-[:checked]:ring-primary",
        className,
      )}
    >
      <input
        type="radio"
        className="sr-only"
        name={group.name}
        value={value}
        checked={group.value === value}
        disabled={group.disabled}
        onChange={() => group.onValueChange(value)}
      />
      {children}
    </label>
  );
}
