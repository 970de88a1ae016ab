"use client";

import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, useId } from "react";
import { defaultLocale } from "@/lib/format";
import { validationText } from "@/lib/i18n/field-messages";
import { cn } from "./cn";

type ControlA11y = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

const FieldContext = createContext<ControlA11y | null>(null);

/** A field's message: tRPC and our forms give one string, older forms a list. */
export type FieldMessage = string | readonly string[] | undefined | null;

function first(message: FieldMessage): string | undefined {
  return typeof message === "string" ? message || undefined : message?.[0];
}

/**
 * A field's (first) message in the person's language: the procedures' schemas word theirs in
 * English, on the server and in the browser's own check alike.
 */
function useFieldMessage(message: FieldMessage): string | undefined {
  const t = useTranslations("validation");
  const locale = useLocale();
  const text = first(message);
  const known = text && locale !== defaultLocale ? validationText(text) : null;
  return known ? t(known.key, known.values) : text;
}

/**
 * A label, one control, an optional hint and an optional error. The control (Input, Select,
 * Textarea) takes its id, `aria-describedby` (hint and error) and `aria-invalid` from here, so
 * a screen reader reads the reason with the field and `getByLabel` finds it by its label alone.
 */
export function Field({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: FieldMessage;
  className?: string;
  children: React.ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = useFieldMessage(error);
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={cn("text-body", className)}>
      <label htmlFor={id} className="mb-1 block font-medium text-fg">
        {label}
      </label>
      <FieldContext
        value={{ id, "aria-describedby": describedBy || undefined, "aria-invalid": message ? true : undefined }}
      >
        {children}
      </FieldContext>
      {hint ? (
        <p id={hintId} className="mt-1 text-caption text-fg-muted">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="mt-1 text-danger">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A field's error alone, for a control that is not inside a Field (a row of a grid). */
export function FieldErrorText({ id, error }: { id?: string; error: FieldMessage }) {
  const message = useFieldMessage(error);
  return message ? (
    <p id={id} className="mt-1 text-body text-danger">
      {message}
    </p>
  ) : null;
}

/** The ids and state a control takes from its Field; its own props win. */
export function useFieldControl(props: {
  id?: string | undefined;
  "aria-describedby"?: string | undefined;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling" | undefined;
}) {
  const field = useContext(FieldContext);
  const describedBy = [field?.["aria-describedby"], props["aria-describedby"]].filter(Boolean).join(" ");
  return {
    id: props.id ?? field?.id,
    "aria-describedby": describedBy || undefined,
    "aria-invalid": props["aria-invalid"] ?? field?.["aria-invalid"],
  };
}

/**
 * The look every text-like control shares. Its text is 16 px on phones (`text-base`): Safari on
 * an iPhone zooms the page into any field with smaller text when it takes the focus.
 */
export const controlClass =
  "block min-h-control rounded-control border border-border-strong bg-surface px-3 text-base sm:text-body text-fg placeholder:text-fg-muted aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger disabled:cursor-not-allowed disabled:bg-surface-muted read-only:bg-surface-muted";
