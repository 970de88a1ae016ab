"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";

/** A secret shown once: read-only, selectable, with a copy button. */
export function SecretField({ label, value, note }: { label: string; value: string; note: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Field label={label} hint={note} className="rounded-control bg-warning-soft p-3 ring-1 ring-amber-200">
      <div className="flex gap-2">
        <Input readOnly value={value} onFocus={(e) => e.target.select()} className="w-full font-mono" />
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
    </Field>
  );
}
