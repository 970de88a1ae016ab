"use client";

import { CheckboxField } from "@/app/_components/ui/checkbox";
import { FieldErrorText, type FieldMessage } from "@/app/_components/ui/field";
import type { WebhookEventType } from "@/lib/enums";

/** The events an endpoint subscribes to, one checkbox each. */
export function EventTypesField({
  eventTypes,
  value,
  onChange,
  error,
}: {
  eventTypes: readonly WebhookEventType[];
  value: readonly WebhookEventType[];
  onChange: (value: WebhookEventType[]) => void;
  error?: FieldMessage;
}) {
  return (
    <fieldset>
      <legend className="text-body font-medium">Events</legend>
      <div className="mt-1 flex flex-wrap gap-x-4">
        {eventTypes.map((type) => (
          <CheckboxField
            key={type}
            label={<code>{type}</code>}
            checked={value.includes(type)}
            onCheckedChange={(checked) => onChange(checked ? [...value, type] : value.filter((t) => t !== type))}
          />
        ))}
      </div>
      <FieldErrorText error={error} />
    </fieldset>
  );
}
