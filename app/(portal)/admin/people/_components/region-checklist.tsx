"use client";

export function RegionChecklist({
  regions,
  value,
  onChange,
}: {
  regions: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">Regions</legend>
      {regions.length === 0 ? <p className="text-sm text-slate-600">No regions yet.</p> : null}
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {regions.map((r) => (
          <label key={r.id} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5"
              checked={value.includes(r.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, r.id] : value.filter((id) => id !== r.id))}
            />
            {r.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
