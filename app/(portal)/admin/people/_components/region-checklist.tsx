"use client";

import { CheckboxField } from "@/app/_components/ui/checkbox";
import { FieldErrorText, type FieldMessage } from "@/app/_components/ui/field";

export function RegionChecklist({
  regions,
  value,
  onChange,
  error,
}: {
  regions: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: FieldMessage;
}) {
  return (
    <fieldset>
      <legend className="text-body font-medium">Regions</legend>
      {regions.length === 0 ? <p className="text-body text-fg-muted">No regions yet.</p> : null}
      <div className="mt-1 flex flex-wrap gap-x-4">
        {regions.map((r) => (
          <CheckboxField
            key={r.id}
            label={r.name}
            checked={value.includes(r.id)}
            onCheckedChange={(checked) => onChange(checked ? [...value, r.id] : value.filter((id) => id !== r.id))}
          />
        ))}
      </div>
      <FieldErrorText error={error} />
    </fieldset>
  );
}
