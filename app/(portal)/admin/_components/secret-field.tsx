"use client";

import { useId, useState } from "react";
import { Button } from "@/app/_components/ui/button";

/** A secret shown once: read-only, selectable, with a copy button. */
export function SecretField({ label, value, note }: { label: string; value: string; note: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
          className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 font-mono text-sm"
        />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(value).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="mt-1 text-xs text-slate-700">{note}</p>
    </div>
  );
}
